import type { JobDef, Yaml } from './types';

/** One job of a matrix: its `matrix` context. */
export type Combo = Record<string, unknown>;

/**
 * The combinations of a job's `strategy.matrix`, in GitHub's order and with its semantics:
 * 1. the cartesian product of every key holding a list (the "original" values);
 * 2. `exclude` drops each product combination that an entry matches (every key of the entry equal; an object
 *    value matches when its own keys match, so a partial entry excludes more);
 * 3. `include`, entry by entry: its pairs are added to every *product* combination whose original values none of
 *    them would change (values added by an earlier entry may be overwritten); an entry that fits no product
 *    combination becomes a combination of its own.
 * A matrix of only `include` runs one job per entry; a job without a matrix runs once, with `{}`.
 */
export function matrixCombos(job: JobDef): Combo[] {
  const matrix = (job.strategy as Yaml | undefined)?.matrix as Yaml | undefined;
  if (!matrix) return [{}];
  const dimensions = Object.entries(matrix).filter(
    (entry): entry is [string, unknown[]] =>
      entry[0] !== 'include' && entry[0] !== 'exclude' && Array.isArray(entry[1]),
  );
  let product: Combo[] = dimensions.length === 0 ? [] : [{}];
  for (const [key, values] of dimensions)
    product = product.flatMap((c) => values.map((v) => ({ ...c, [key]: v })));
  const excludes = entries(matrix.exclude);
  product = product.filter((combo) => !excludes.some((entry) => matches(combo, entry)));
  const originals = product.map((combo) => ({ ...combo }));
  const extra: Combo[] = [];
  for (const entry of entries(matrix.include)) {
    let fitted = false;
    for (const [n, combo] of product.entries()) {
      const original = originals[n] ?? {};
      const keepsOriginals = Object.entries(entry).every(
        ([key, value]) => !(key in original) || equal(original[key], value),
      );
      if (!keepsOriginals) continue;
      Object.assign(combo, entry);
      fitted = true;
    }
    if (!fitted) extra.push({ ...entry });
  }
  return [...product, ...extra];
}

function entries(value: unknown): Combo[] {
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is Combo => typeof e === 'object' && e !== null && !Array.isArray(e));
}

/** An `exclude` entry matches when each of its keys matches; object values match by their own keys. */
function matches(combo: Combo, entry: Combo): boolean {
  return Object.entries(entry).every(([key, value]) => key in combo && partial(combo[key], value));
}

function partial(actual: unknown, wanted: unknown): boolean {
  if (isObject(actual) && isObject(wanted))
    return Object.entries(wanted).every(([key, value]) => key in actual && partial(actual[key], value));
  return equal(actual, wanted);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
