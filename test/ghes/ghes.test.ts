// The README's "GitHub Enterprise Server" table, checked against the bundled actions: on a GHES server URL, folder
// mode works (build-free here: collect-dists over a folder, publish from a folder with an API token), and every
// artifact step fails with @actions/artifact's GHES refusal — while the same call with github.com's URL works.
import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { type RunningIndex, startIndex } from '@pypi-release/index';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const GHES = 'https://ghes.example.com';
const REFUSAL = 'not currently supported on GHES';
const TOKEN = 'pypi-ghes-test-token-0123456789';

describe('on GitHub Enterprise Server (GITHUB_SERVER_URL of a GHES instance)', () => {
  let service: ArtifactService;
  let index: RunningIndex;
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let scratch: Awaited<ReturnType<typeof tempDir>>;
  const run = 7100;

  beforeAll(async () => {
    [service, fixture, scratch] = await Promise.all([
      startArtifactService(),
      buildFixture({ name: 'ghes-demo', version: '2.0.0' }),
      tempDir('ghes-'),
    ]);
    index = await startIndex({ dataDir: join(scratch.path, 'index'), apiToken: TOKEN });
  }, 180_000);
  afterAll(async () => {
    await index?.close();
    await service?.close();
    await fixture?.cleanup();
    await scratch?.cleanup();
  });

  const action = (name: string, serverUrl: string, job: string, inputs: Record<string, string>) =>
    runAction({
      actionDir: join(ROOT, 'actions', name),
      inputs,
      env: {
        ...service.envFor(run, job),
        GITHUB_SERVER_URL: serverUrl,
        GITHUB_SHA: 'c0ffee'.padEnd(40, '0'),
        GITHUB_REPOSITORY: 'o/r',
      },
    });

  it('collect-dists in folder mode checks the release', async () => {
    const result = await action('collect-dists', GHES, 'collect', { path: fixture.dist });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.name).toBe('ghes-demo');
    expect(result.outputs['artifact-name'] ?? '').toBe(''); // nothing uploaded
  });

  it('publish from a folder with an API token uploads the release', async () => {
    const result = await action('publish', GHES, 'publish', {
      'packages-dir': fixture.dist,
      'repository-url': index.uploadUrl,
      password: TOKEN,
    });
    expect(result.exitCode, result.stdout).toBe(0);
    expect(result.outputs.uploaded).toBe('2');
  });

  it('every artifact step fails with the GHES refusal; the same steps work with github.com', async () => {
    const refusal = (result: Awaited<ReturnType<typeof action>>) => {
      expect(result.exitCode).toBe(1);
      expect(result.annotations.map((a) => a.message).join('\n')).toContain(REFUSAL);
    };
    // Uploading the release artifact (collect-dists `upload: true`).
    const upload = { path: fixture.dist, upload: 'true' };
    refusal(await action('collect-dists', GHES, 'collect', upload));
    const uploaded = await action('collect-dists', 'https://github.com', 'collect', upload);
    expect(uploaded.exitCode, uploaded.stdout).toBe(0);
    expect(uploaded.outputs['artifact-name']).toBe('release-dists');

    // Gathering artifacts (collect-dists `pattern`).
    const gather = { pattern: 'release-*', 'artifact-name': 'gathered' };
    refusal(await action('collect-dists', GHES, 'gather', gather));
    const gathered = await action('collect-dists', 'https://github.com', 'gather', gather);
    expect(gathered.exitCode, gathered.stdout).toBe(0);
    expect(gathered.outputs.name).toBe('ghes-demo');

    // Downloading the release artifact (publish `artifact-name`).
    const download = {
      'artifact-name': 'release-dists',
      'expected-digests': uploaded.outputs.digests ?? '',
      'repository-url': index.uploadUrl,
      password: TOKEN,
      'skip-existing': 'true',
    };
    refusal(await action('publish', GHES, 'publish', download));
    const published = await action('publish', 'https://github.com', 'publish', download);
    expect(published.exitCode, published.stdout).toBe(0);
  });
});
