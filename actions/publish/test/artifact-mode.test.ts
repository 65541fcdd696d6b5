import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { runAction } from '@pypi-release/actions-runtime';
import { type ArtifactService, startArtifactService, withRunnerEnv } from '@pypi-release/artifact-service';
import { hashFile } from '@pypi-release/dists';
import { type RunningIndex, startIndex } from '@pypi-release/index';
import { type ManifestFile, uploadRelease } from '@pypi-release/release-artifact';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');
const TOKEN = 'pypi-artifact-mode-test-token';
const client = new DefaultArtifactClient();
const context = { commit: 'f'.repeat(40), runAttempt: '1', repository: 'octo-org/artifact-demo' };
let nextRun = 7000;

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('publish artifact mode on %s', (_label, node) => {
  let service: ArtifactService;
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let files: (ManifestFile & { path: string })[];
  let scratch: Awaited<ReturnType<typeof tempDir>>;
  let data: Awaited<ReturnType<typeof tempDir>>;
  let index: RunningIndex;

  beforeAll(async () => {
    [service, fixture, scratch] = await Promise.all([
      startArtifactService(),
      buildFixture({ name: 'artifact-demo', version: '2.0.0' }),
      tempDir('publish-artifacts-'),
    ]);
    files = await Promise.all(
      fixture.files.map(async (path) => ({ path, filename: basename(path), ...(await hashFile(path)) })),
    );
  }, 180_000);
  afterAll(async () => {
    await service?.close();
    await fixture?.cleanup();
    await scratch?.cleanup();
  });
  beforeEach(async () => {
    data = await tempDir('publish-artifact-index-');
    index = await startIndex({ dataDir: data.path, apiToken: TOKEN });
  });
  afterEach(async () => {
    await index.close();
    await data.cleanup();
  });

  /** The collect-dists job of `run`: uploads `release-dists` with its manifest; returns its `digests`. */
  const uploadAsBuildJob = async (run: number, release = files) => {
    const stagingDir = join(scratch.path, `${run}-${nextRun++}`);
    await withRunnerEnv({ ...service.envFor(run, 'collect'), GITHUB_WORKSPACE: stagingDir }, () =>
      uploadRelease({
        client,
        name: 'release-dists',
        stagingDir,
        release: { name: 'artifact-demo', version: '2.0.0' },
        files: release,
        context: { ...context, runId: String(run) },
      }),
    );
    return JSON.stringify(Object.fromEntries(files.map((f) => [f.filename, f.sha256])));
  };
  /** Someone with write access to the run replaces the artifact: download, change, delete, upload again. */
  const tamper = async (run: number, change: (dir: string) => Promise<void>) => {
    const dir = join(scratch.path, `${run}-tampered-${nextRun++}`);
    await withRunnerEnv({ ...service.envFor(run, 'attacker'), GITHUB_WORKSPACE: dir }, async () => {
      const artifact = await client.getArtifact('release-dists');
      await client.downloadArtifact(artifact.artifact.id, { path: dir });
      await change(dir);
      await client.deleteArtifact('release-dists');
      const names = await readdir(dir);
      await client.uploadArtifact(
        'release-dists',
        names.map((n) => join(dir, n)),
        dir,
      );
    });
  };
  const publish = (run: number, inputs: Record<string, string>) =>
    runAction({
      actionDir,
      node,
      inputs: {
        'repository-url': index.uploadUrl,
        password: TOKEN,
        'artifact-name': 'release-dists',
        ...inputs,
      },
      env: service.envFor(run, 'publish'),
    });
  const wheelName = () => files.find((f) => f.filename.endsWith('.whl'))!.filename;

  it('publishes the release artifact after verifying it against its manifest and the expected digests', async () => {
    const run = nextRun++;
    const digests = await uploadAsBuildJob(run);
    const result = await publish(run, { 'expected-digests': digests });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.uploaded).toBe('2');
    expect(result.stdout).toContain(`verified ${wheelName()}`);
    const published = JSON.parse(result.outputs.files ?? '[]') as { filename: string; sha256: string }[];
    expect(Object.fromEntries(published.map((f) => [f.filename, f.sha256]))).toEqual(JSON.parse(digests));
  });

  it('refuses a file altered between the jobs before any upload', async () => {
    const run = nextRun++;
    const digests = await uploadAsBuildJob(run);
    await tamper(run, async (dir) => {
      const wheel = join(dir, wheelName());
      await writeFile(wheel, Buffer.concat([await readFile(wheel), Buffer.from('evil')]));
    });
    const result = await publish(run, { 'expected-digests': digests });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('nothing was uploaded');
    expect(errors[0]?.message).toContain(`- ${wheelName()}: altered`);
    expect(index.storage.index.projects()).toEqual([]);
  });

  it('names every missing and extra file in one error, and refuses a manifest the build job’s digests contradict', async () => {
    const run = nextRun++;
    const digests = await uploadAsBuildJob(run);
    await tamper(run, async (dir) => {
      await rm(join(dir, files.find((f) => f.filename.endsWith('.tar.gz'))!.filename));
      await writeFile(join(dir, 'artifact_demo-2.0.0-py3-none-win_amd64.whl'), 'extra');
    });
    const result = await publish(run, { 'expected-digests': digests });
    expect(result.exitCode).toBe(1);
    const message = result.annotations.find((a) => a.level === 'error')?.message ?? '';
    expect(message).toMatch(/artifact_demo-2\.0\.0\.tar\.gz: missing/);
    expect(message).toMatch(/artifact_demo-2\.0\.0-py3-none-win_amd64\.whl: extra/);

    const forgedRun = nextRun++;
    await uploadAsBuildJob(forgedRun, [{ ...files[0]!, sha256: 'a'.repeat(64) }, ...files.slice(1)]);
    const forged = await publish(forgedRun, { 'expected-digests': digests });
    expect(forged.exitCode).toBe(1);
    expect(forged.annotations.find((a) => a.level === 'error')?.message).toContain(
      'but the build job reported',
    );
    expect(index.storage.index.projects()).toEqual([]);
  });

  it('names both inputs when expected-digests comes without artifact-name', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl, password: TOKEN, 'expected-digests': '{}' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.find((a) => a.level === 'error')?.message).toContain(
      'input `expected-digests` needs input `artifact-name`',
    );
  });
});
