import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { runAction } from '@pypi-release/actions-runtime';
import { type ArtifactService, startArtifactService, withRunnerEnv } from '@pypi-release/artifact-service';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');
const client = new DefaultArtifactClient();
let nextRun = 5000;

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('collect-dists artifact mode on %s', (_label, node) => {
  let service: ArtifactService;
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let scratch: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    [service, fixture, scratch] = await Promise.all([
      startArtifactService(),
      buildFixture({ name: 'matrix-demo', version: '1.2.0' }),
      tempDir('collect-artifacts-'),
    ]);
  }, 180_000);
  afterAll(async () => {
    await service?.close();
    await fixture?.cleanup();
    await scratch?.cleanup();
  });

  /** A build job of `run` uploading `files` as artifact `name`. */
  const uploadAs = async (run: number, name: string, files: string[]) => {
    const root = join(scratch.path, `${run}-${name}`);
    await mkdir(root, { recursive: true });
    const staged = await Promise.all(
      files.map(async (f) => {
        await copyFile(f, join(root, basename(f)));
        return join(root, basename(f));
      }),
    );
    const env = { ...service.envFor(run, `build-${name}`), GITHUB_WORKSPACE: root };
    await withRunnerEnv(env, () => client.uploadArtifact(name, staged, root));
  };
  const collect = (run: number, inputs: Record<string, string>) =>
    runAction({
      actionDir,
      node,
      inputs,
      env: {
        ...service.envFor(run, 'collect'),
        GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
        GITHUB_REPOSITORY: 'o/r',
      },
    });
  const wheel = () => fixture.files.find((f) => f.endsWith('.whl'))!;
  const sdist = () => fixture.files.find((f) => f.endsWith('.tar.gz'))!;

  it('merges the matrix artifacts, collapses identical files and uploads one release with its manifest', async () => {
    const run = nextRun++;
    await uploadAs(run, 'dists-sdist', [sdist(), wheel()]);
    await uploadAs(run, 'dists-wheel', [wheel()]);
    await uploadAs(run, 'coverage', [sdist()]);
    const result = await collect(run, { pattern: 'dists-*' });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs['artifact-name']).toBe('release-dists');
    const digests = JSON.parse(result.outputs.digests ?? '{}') as Record<string, string>;
    expect(Object.keys(digests).sort()).toEqual([
      'matrix_demo-1.2.0-py3-none-any.whl',
      'matrix_demo-1.2.0.tar.gz',
    ]);
    expect(result.summary).toContain('Uploaded as artifact `release-dists`');

    const stored = service.artifacts(run).find((a) => a.name === 'release-dists');
    expect(String(stored?.id)).toBe(result.outputs['artifact-id']);
    const out = join(scratch.path, `${run}-download`);
    await withRunnerEnv({ ...service.envFor(run, 'check'), GITHUB_WORKSPACE: out }, () =>
      client.downloadArtifact(stored!.id, { path: out }),
    );
    expect((await readdir(out)).sort()).toEqual([...Object.keys(digests), 'release-manifest.json'].sort());
    expect(await readFile(join(out, basename(wheel())))).toEqual(await readFile(wheel()));
    const manifest = JSON.parse(await readFile(join(out, 'release-manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      project: 'matrix-demo',
      version: '1.2.0',
      commit: 'c0ffee'.padEnd(40, '0'),
      run: { id: String(run), attempt: '1', repository: 'o/r' },
    });
    expect(
      Object.fromEntries(
        manifest.files.map((f: { filename: string; sha256: string }) => [f.filename, f.sha256]),
      ),
    ).toEqual(digests);
  });

  it('refuses two artifacts holding the same filename with different bytes, naming both, and uploads nothing', async () => {
    const run = nextRun++;
    const altered = join(scratch.path, `${run}-altered`, basename(wheel()));
    await mkdir(join(altered, '..'), { recursive: true });
    await writeFile(altered, Buffer.concat([await readFile(wheel()), Buffer.from('x')]));
    await uploadAs(run, 'dists-a', [sdist(), wheel()]);
    await uploadAs(run, 'dists-b', [altered]);
    const result = await collect(run, { pattern: 'dists-*' });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /matrix_demo-1\.2\.0-py3-none-any\.whl: artifact "dists-a" .* and artifact "dists-b" .* differ/,
    );
    expect(service.artifacts(run).map((a) => a.name)).toEqual(['dists-a', 'dists-b']);
  });

  it('uploads the files found through `path` when `upload` is true', async () => {
    const run = nextRun++;
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { path: 'dist', upload: 'true', 'artifact-name': 'checked' },
      env: service.envFor(run, 'collect'),
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(service.artifacts(run).map((a) => [a.name, String(a.id)])).toEqual([
      ['checked', result.outputs['artifact-id']],
    ]);
  });
});
