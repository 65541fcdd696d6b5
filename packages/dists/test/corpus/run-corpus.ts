import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapBounded } from '@pypi-release/async-pool';
import { checkRst } from '@pypi-release/rst';
import { readmeRendererVerdicts } from '@pypi-release/testkit';
import { checkFile, getField } from '../../src/index';
import type { VisibleWheel } from './wheelhouse';

/**
 * The real-wheel corpus: every wheel pip can see is checked as `pypi-release check` would, and every refusal
 * (an error-severity problem) is classified against `expectations.json`: *expected* when Warehouse today refuses
 * that file for that rule too (the table names the Warehouse rule), *false* otherwise. Beside it, the rST
 * differential: every reStructuredText long description (declared, or no content type) is judged by our
 * checker and by readme_renderer, and the verdicts must agree.
 */
export interface Expectations {
  /** Why Warehouse refuses, by reason key: the rule and where Warehouse's code applies it. */
  readonly reasons: Readonly<Record<string, string>>;
  /** filename → problem code → reason key. */
  readonly files: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

export function loadExpectations(): Expectations {
  return JSON.parse(readFileSync(join(import.meta.dirname, 'expectations.json'), 'utf8')) as Expectations;
}

export interface Refusal {
  readonly filename: string;
  readonly code: string;
  readonly message: string;
  /** The Warehouse rule that refuses it too, or undefined for a false refusal. */
  readonly why: string | undefined;
}

export interface RstDisagreement {
  readonly filename: string;
  readonly pypiRenders: boolean;
  readonly ours: readonly string[];
}

export interface CorpusResult {
  readonly wheels: number;
  readonly accepted: number;
  readonly refusals: readonly Refusal[];
  /** Expected refusals (from the table) that the checker no longer reports, as "filename code". */
  readonly unmet: readonly string[];
  readonly rst: {
    readonly documents: number;
    readonly same: number;
    readonly pypiRefuses: number;
    readonly disagreements: readonly RstDisagreement[];
    /** Documents Debian's own docutils (0.19) judges otherwise than Warehouse's pin (informational). */
    readonly debianDiffers: readonly string[];
  };
  readonly ms: number;
}

const RST_TYPES = new Set(['', 'text/x-rst']);

/** Whether the long description is judged as reStructuredText: declared so, or no content type at all. */
function rstText(metadata: Parameters<typeof getField>[0]): string | undefined {
  const type =
    (getField(metadata, 'Description-Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const text = metadata.description;
  if (!RST_TYPES.has(type) || text === undefined || text.trim() === '' || text === 'UNKNOWN')
    return undefined;
  return text;
}

export async function runCorpus(
  wheels: readonly VisibleWheel[],
  expectations: Expectations,
  concurrency = 2,
): Promise<CorpusResult> {
  const start = performance.now();
  const refusals: Refusal[] = [];
  const unmet: string[] = [];
  const documents = new Map<string, string>(); // text → first filename
  let accepted = 0;
  await mapBounded(wheels, concurrency, async (wheel) => {
    const report = await checkFile(wheel.path);
    const expected = expectations.files[wheel.filename] ?? {};
    const codes = new Set<string>();
    for (const problem of report.problems) {
      if (problem.severity !== 'error') continue;
      codes.add(problem.code);
      const reason = expected[problem.code];
      const why =
        reason === undefined ? undefined : (expectations.reasons[reason] ?? `unknown reason ${reason}`);
      refusals.push({ filename: wheel.filename, code: problem.code, message: problem.message, why });
    }
    if (codes.size === 0) accepted++;
    for (const code of Object.keys(expected)) if (!codes.has(code)) unmet.push(`${wheel.filename} ${code}`);
    const text = report.metadata && rstText(report.metadata);
    if (text !== undefined && !documents.has(text)) documents.set(text, wheel.filename);
  });
  const texts = [...documents.keys()];
  const verdicts = readmeRendererVerdicts(texts, 'warehouse');
  const debian = readmeRendererVerdicts(texts, 'debian');
  const debianDiffers = texts.filter((_, k) => debian[k] !== verdicts[k]).map((t) => documents.get(t) ?? '');
  const disagreements: RstDisagreement[] = [];
  texts.forEach((text, k) => {
    const ours = checkRst(text).map((issue) => `line ${issue.line}: ${issue.message}`);
    const pypiRenders = verdicts[k] === true;
    if ((ours.length === 0) !== pypiRenders) {
      disagreements.push({ filename: documents.get(text) ?? '', pypiRenders, ours });
    }
  });
  refusals.sort((a, b) => a.filename.localeCompare(b.filename) || a.code.localeCompare(b.code));
  return {
    wheels: wheels.length,
    accepted,
    refusals,
    unmet: unmet.sort(),
    rst: {
      documents: texts.length,
      same: texts.length - disagreements.length,
      pypiRefuses: verdicts.filter((v) => !v).length,
      disagreements,
      debianDiffers: debianDiffers.sort(),
    },
    ms: Math.round(performance.now() - start),
  };
}
