import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACT_FAULTS,
  type ArtifactFault,
  artifactLabel,
  type FaultMatrix,
  INDEX_CASES,
  judgeIndexCase,
  openFaultMatrix,
} from '../src/fault-matrix/index';
import type { RunRecord } from '../src/fault-matrix/index-faults';
import { INDEX_FAULTS } from '../src/fault-matrix/index-faults';
import { compareLanded } from '../src/landed';
import type { BuiltRelease } from '../src/release-fixture';
import { SecretScanner } from '../src/secret-scanner';
import { SectionBuilder, type SectionReport } from '../src/section';

/**
 * The matrix itself: every index fault at the first, middle and last file of a 20-file release, transient and
 * outage, each on a fresh index; every artifact fault through the real bundled actions; each case then re-run
 * with the fault gone. Index cases run five at once (vitest's maxConcurrency). The artifact cases mostly wait on
 * the artifact client's own retry delays, so, as in the figures table, they start with the suite and run beside
 * the index cases: each one's test awaits its outcome.
 */
describe('fault matrix', () => {
  const scanner = new SecretScanner();
  let matrix: FaultMatrix;
  const artifactRuns = new Map<ArtifactFault, Promise<{ report: SectionReport } | { error: unknown }>>();

  beforeAll(async () => {
    matrix = await openFaultMatrix(scanner);
    for (const fault of ARTIFACT_FAULTS) {
      const run = matrix.runArtifactCase(fault).then(
        (report) => ({ report }),
        (error: unknown) => ({ error }),
      );
      artifactRuns.set(fault, run);
    }
  });
  afterAll(async () => {
    await Promise.all(artifactRuns.values());
    await matrix?.close();
  });

  it('has 10 index faults × 3 positions × 2 variants and 6 artifact faults', () => {
    expect(INDEX_CASES).toHaveLength(60);
    expect(new Set(INDEX_CASES.map((c) => c.label)).size).toBe(60);
    expect(ARTIFACT_FAULTS.map(artifactLabel)).toHaveLength(6);
  });

  it.concurrent.for(INDEX_CASES)('$label', { timeout: 180_000 }, async (c, { expect }) => {
    const report = await matrix.runIndexCase(c);
    expect(report.failures).toEqual([]);
    expect(report.rows).toMatchObject([{ case: `${c.fault.id} @ ${c.position} (${c.variant})`, ok: true }]);
  });

  it.concurrent.for(ARTIFACT_FAULTS.map((fault) => ({ fault, label: artifactLabel(fault) })))(
    '$label',
    { timeout: 240_000 },
    async ({ fault, label }, { expect }) => {
      const outcome = await artifactRuns.get(fault);
      if (!outcome || 'error' in outcome) throw outcome?.error ?? new Error(`${label} did not start`);
      const { report } = outcome;
      expect(report.failures).toEqual([]);
      expect(report.rows).toMatchObject([{ case: label, ok: true }]);
    },
  );

  it('leaves no token (OIDC JWT, minted upload token) in any log line, error or action output', () => {
    expect(scanner.canaryCount).toBeGreaterThan(0);
    expect(scanner.places).toBeGreaterThan(0);
    expect(scanner.leaks).toEqual([]);
  });
});

const release: BuiltRelease = {
  name: 'demo',
  version: '1.0',
  dir: '/x',
  bytes: 2,
  files: [
    { filename: 'demo-1.0.tar.gz', path: '/x/demo-1.0.tar.gz', sha256: 'a'.repeat(64), size: 1 },
    { filename: 'demo-1.0-py3-none-any.whl', path: '/x/w.whl', sha256: 'b'.repeat(64), size: 1 },
  ],
};
const served = (filename: string, sha256: string) => ({
  filename,
  listedSha256: sha256,
  listedSize: 1,
  servedSha256: sha256,
  servedSize: 1,
});
const complete = [
  served('demo-1.0.tar.gz', 'a'.repeat(64)),
  served('demo-1.0-py3-none-any.whl', 'b'.repeat(64)),
];

function run(overrides: Partial<RunRecord> = {}): RunRecord {
  return {
    error: undefined,
    landed: 2,
    damage: compareLanded(release.files, complete),
    waits: [],
    log: [],
    ...overrides,
  };
}

const fault503 = INDEX_FAULTS.find((f) => f.id === '503');
if (!fault503) throw new Error('no 503 fault');

describe('fault matrix: what landed', () => {
  it('counts files lost, listed twice, or served with other bytes than built', () => {
    const damage = compareLanded(release.files, [
      served('demo-1.0.tar.gz', 'a'.repeat(64)),
      served('demo-1.0.tar.gz', 'a'.repeat(64)),
      served('other-1.0.tar.gz', 'c'.repeat(64)),
      { ...served('demo-1.0-py3-none-any.whl', 'b'.repeat(64)), servedSha256: 'd'.repeat(64) },
    ]);
    expect(damage).toEqual({
      missing: [],
      duplicated: ['demo-1.0.tar.gz'],
      altered: ['other-1.0.tar.gz', 'demo-1.0-py3-none-any.whl'],
    });
    expect(compareLanded(release.files, []).missing).toHaveLength(2);
  });
});

describe('fault matrix: judging a case', () => {
  const judge = (variant: 'transient' | 'outage', first: RunRecord, rerun: RunRecord) => {
    const section = new SectionBuilder('fault matrix');
    judgeIndexCase(section, release, fault503, 'first', variant, { first, rerun });
    return section.report();
  };

  it('meets the goal when a transient fault is survived and the re-run changes nothing', () => {
    expect(judge('transient', run(), run()).failures).toEqual([]);
  });

  it('misses when a transient fault was not survived', () => {
    const { failures } = judge('transient', run({ error: new Error('503 Service Unavailable') }), run());
    expect(failures.join()).toContain('not survived');
  });

  it('misses when an outage did not fail the run, or failed without naming its cause', () => {
    expect(judge('outage', run(), run()).failures.join()).toContain('did not fail the run');
    const vague = judge('outage', run({ error: new Error('something went wrong'), landed: 0 }), run());
    expect(vague.failures.join()).toContain('does not name its cause');
  });

  it('misses when the re-run does not complete the release, or a file is stored with other bytes', () => {
    const incomplete = run({ landed: 1, damage: compareLanded(release.files, complete.slice(0, 1)) });
    expect(judge('transient', run(), incomplete).failures.join()).toContain('after the re-run: lost 1');
    const altered = run({
      damage: compareLanded(release.files, [
        complete[0],
        { ...complete[1], servedSha256: 'e'.repeat(64) },
      ] as never),
    });
    expect(judge('transient', altered, run()).failures.join()).toContain('altered 1');
  });
});
