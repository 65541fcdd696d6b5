import { clean, compare, eq, explain } from '@renovatebot/pep440';

/** PEP 508 project name: letters, digits, and `.`, `_`, `-` inside (case-insensitive). */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isValidProjectName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** PEP 503 normalisation: lower case, every run of `-`, `_`, `.` becomes one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name as it stands in wheel and sdist filenames: normalised, with `_` for `-` (binary distribution format). */
export function escapeName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/** The canonical PEP 440 form of `version` (`1.0.0RC1` → `1.0.0rc1`), or undefined when it is not PEP 440. */
export function normalizeVersion(version: string): string | undefined {
  // `clean` also accepts a leading `v` and surrounding spaces, which PEP 440 allows when normalising.
  if (version !== version.trim()) return undefined;
  return memo(normalized, version, () => cleanWithLocal(version));
}

/**
 * `clean` of @renovatebot/pep440 joins the segments of a local version with commas (`1.0+corp.1` →
 * `1.0+corp,1`); PEP 440 joins them with dots, lower case, `-` and `_` read as `.`.
 */
function cleanWithLocal(version: string): string | undefined {
  const cleaned = clean(version);
  if (cleaned === null || cleaned === undefined) return undefined;
  const plus = cleaned.indexOf('+');
  if (plus < 0) return cleaned;
  const local = explain(version)?.local;
  if (!local) return cleaned;
  return `${cleaned.slice(0, plus)}+${local.toLowerCase().replace(/[-_]/g, '.')}`;
}

/** Releases repeat the same few versions across every file: parsing each once keeps checks of many files cheap. */
const normalized = new Map<string, string | undefined>();
const MEMO_LIMIT = 10_000;

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= MEMO_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** The local part of a PEP 440 version (`1.0+ubuntu1` → `ubuntu1`), or undefined. */
export function localVersionPart(version: string): string | undefined {
  return explain(version)?.local ?? undefined;
}

/** PEP 440 equality (`1.0` equals `1.0.0`, as PyPI compares a filename's version with the metadata's). */
export function sameVersion(a: string, b: string): boolean {
  return normalizeVersion(a) !== undefined && normalizeVersion(b) !== undefined && eq(a, b);
}

/** PEP 440 ordering, for sorting versions (both must be valid). */
export function compareVersions(a: string, b: string): number {
  return compare(a, b);
}

/** Whether a valid version is a pre-release or a development release (PEP 440). */
export function isPrerelease(version: string): boolean {
  return explain(version)?.is_prerelease ?? false;
}
