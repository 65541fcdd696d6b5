import { describe, expect, it } from 'vitest';
import { loadExpectations, runCorpus } from './run-corpus';
import { quickSample } from './select';
import { visibleWheels } from './wheelhouse';

/** The corpus machinery itself: a refusal without a Warehouse rule is false, a stale expectation is reported. */
describe('real-wheel corpus classification', () => {
  const all = visibleWheels();
  const argparse = all.filter((w) => w.filename === 'argparse-1.4.0-py2.py3-none-any.whl');

  it('sees the wheels of every local source pip is configured with', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(argparse).toHaveLength(1);
  });

  it('calls a refusal the expectations table does not explain a false refusal', async () => {
    const result = await runCorpus(argparse, { reasons: {}, files: {} });
    expect(result.refusals.map((r) => [r.code, r.why])).toEqual([
      ['metadata-version-unsupported', undefined],
    ]);
  });

  it('explains a refusal with the Warehouse rule of the table, and reports expectations no longer met', async () => {
    const table = loadExpectations();
    const explained = await runCorpus(argparse, table);
    expect(explained.refusals[0]?.why).toMatch(/SUPPORTED_METADATA_VERSIONS/);
    expect(explained.unmet).toEqual([]);
    const stale = await runCorpus(argparse, {
      reasons: table.reasons,
      files: {
        [argparse[0]?.filename ?? '']: {
          'metadata-version-unsupported': 'metadata-version-2.0',
          'wheel-filename-name': 'x',
        },
      },
    });
    expect(stale.unmet).toEqual(['argparse-1.4.0-py2.py3-none-any.whl wheel-filename-name']);
  });

  it('samples the same wheels every time, with every table wheel up to 64 MiB', () => {
    const table = loadExpectations();
    const a = quickSample(all, table).map((w) => w.filename);
    expect(quickSample(all, table).map((w) => w.filename)).toEqual(a);
    for (const name of Object.keys(table.files)) {
      const wheel = all.find((w) => w.filename === name);
      if (wheel && wheel.size <= 64 * 1024 * 1024) expect(a).toContain(name);
    }
  });
});
