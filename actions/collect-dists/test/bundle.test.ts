import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { buildFixture } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('collect-dists bundle on %s', (_label, node) => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let broken: Awaited<ReturnType<typeof buildFixture>>;

  beforeAll(async () => {
    [fixture, broken] = await Promise.all([
      buildFixture({
        name: 'Collect.Me',
        version: '2.0.0rc1',
        readme: { file: 'README.rst', text: 'Collect me\n==========\n\nA fixture.\n' },
      }),
      buildFixture({
        name: 'broken-one',
        version: '1.0',
        projectLines: ['classifiers = ["Private :: Do Not Upload"]'],
      }),
    ]);
    await writeFile(join(fixture.dist, '.DS_Store'), 'x');
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
    await broken?.cleanup();
  });

  it('sets the outputs and writes the summary table for a good release', async () => {
    const result = await runAction({ actionDir, node, workspace: fixture.root, inputs: { path: 'dist' } });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.name).toBe('Collect.Me');
    expect(result.outputs.version).toBe('2.0.0rc1');
    expect(result.outputs.count).toBe('2');
    const files = JSON.parse(result.outputs.files ?? '[]') as {
      filename: string;
      size: number;
      sha256: string;
    }[];
    expect(files.map((f) => f.filename).sort()).toEqual([
      'collect_me-2.0.0rc1-py3-none-any.whl',
      'collect_me-2.0.0rc1.tar.gz',
    ]);
    for (const f of files) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(result.summary).toContain(f.sha256);
    }
    expect(result.summary).toContain('| kind | tags | size | sha256 |');
    expect(result.summary).toContain('py3-none-any');
    expect(result.summary).toContain('#### Contents');
    expect(result.summary).toContain('collect_me-2.0.0rc1.dist-info/');
    expect(result.annotations).toEqual([expect.objectContaining({ level: 'notice' })]);
  });

  it('fails once, listing every problem, when PyPI would refuse the release', async () => {
    const result = await runAction({ actionDir, node, workspace: broken.root, inputs: { path: 'dist' } });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/^2 problem\(s\) would make PyPI refuse this release:/);
    expect(errors[0]?.message).toContain('broken_one-1.0-py3-none-any.whl');
    expect(errors[0]?.message).toContain('broken_one-1.0.tar.gz');
    expect(errors[0]?.message).toContain('metadata-classifier-private');
    expect(result.summary).toContain('PyPI would refuse this release');
  });

  it('names the input when it is empty', async () => {
    const result = await runAction({ actionDir, node, workspace: fixture.root, inputs: { path: ' , ' } });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain('input `path` is empty');
  });
});
