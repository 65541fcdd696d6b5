/**
 * The bad input corpus: crafted distributions and sets, one or more per acceptance
 * rule plus archive-level attacks. Each must be reported with its rule's code, in a message naming the file,
 * and refused by `publish` before anything reaches the index. `pnpm test` checks each case as a test of its own;
 * `runBadInputCorpus` gives the rows of the `pnpm bench` figures table.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ALL_RULES } from '@pypi-release/dists';
import { tempDir } from '@pypi-release/testkit';
import { SectionBuilder, type SectionReport } from '../section';
import type { BadInputCase } from './case';
import { BAD_INPUT_CASES, NOT_CRAFTED } from './catalog';
import { type CaseVerdict, checkCase } from './check-case';
import { startCorpusIndex } from './corpus-index';

export type { BadInputCase, Written } from './case';
export { BAD_INPUT_CASES, NOT_CRAFTED } from './catalog';
export { type CaseVerdict, checkCase } from './check-case';
export { type CorpusIndex, startCorpusIndex } from './corpus-index';

/** The corpus needs at least this many cases (issue 7). */
export const MIN_CASES = 40;

export async function runBadInputCorpus(): Promise<SectionReport> {
  const cases = BAD_INPUT_CASES;
  const section = new SectionBuilder('bad input');
  const started = performance.now();
  const catalogFaults = catalogProblems(cases);
  const root = await tempDir('bad-inputs-');
  const verdicts: CaseVerdict[] = [];
  try {
    const index = await startCorpusIndex();
    try {
      for (const [n, testCase] of cases.entries()) {
        const dir = join(root.path, String(n));
        await mkdir(dir);
        const verdict = await checkCase(testCase, index, dir);
        verdicts.push(verdict);
        const { outcome, figures, ok } = verdict;
        section.add({ case: testCase.id, outcome, figures, ok }, verdict.failure);
      }
    } finally {
      await index.close();
    }
  } finally {
    await root.cleanup();
  }
  const passed = verdicts.filter((v) => v.ok).length;
  const uploaded = verdicts.reduce((sum, v) => sum + v.uploads, 0);
  const covered = new Set(cases.map((c) => c.code)).size;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const faults = [...catalogFaults];
  if (cases.length < MIN_CASES) faults.push(`only ${cases.length} cases, at least ${MIN_CASES} wanted`);
  if (passed < cases.length) faults.push(`${cases.length - passed} case(s) failed`);
  if (uploaded > 0) faults.push(`${uploaded} upload request(s) reached the index`);
  section.add(
    {
      case: 'cases',
      outcome: `${cases.length} cases, ${passed} refused with the expected code, ${uploaded} uploaded`,
      figures: `${covered} of ${ALL_RULES.length} rules, ${seconds} s`,
      ok: faults.length === 0,
    },
    faults.join('; '),
  );
  return section.report();
}

/** Every rule has a case or a reason in NOT_CRAFTED; every case names a rule; ids are unique. */
export function catalogProblems(cases: readonly BadInputCase[]): string[] {
  const faults: string[] = [];
  const known = new Set(ALL_RULES.map((r) => r.code));
  const codes = new Set(cases.map((c) => c.code));
  const ids = cases.map((c) => c.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (repeated.length > 0) faults.push(`case ids repeat: ${[...new Set(repeated)].join(', ')}`);
  const unknown = cases.filter((c) => !known.has(c.code)).map((c) => `${c.id} (${c.code})`);
  if (unknown.length > 0) faults.push(`cases expect codes no rule has: ${unknown.join(', ')}`);
  const uncovered = [...known].filter((code) => !codes.has(code) && !NOT_CRAFTED.has(code));
  if (uncovered.length > 0) faults.push(`rules without a case: ${uncovered.join(', ')}`);
  return faults;
}
