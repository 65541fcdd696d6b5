import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { BUG_REPORT_REQUEST } from '@pypi-release/pypi-client';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const TOKEN = 'pypi-cli-canary-token-5c1e';

describe('pypi-release publish', () => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let issuer: OidcIssuer;
  let index: RunningIndex;
  let data: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    fixture = await buildFixture({ name: 'cli-demo', version: '0.1.0' });
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });
  beforeEach(async () => {
    issuer = await startOidcIssuer({ job: jobClaims({ repository: 'octo/cli-demo', ownerId: '7' }) });
    data = await tempDir('cli-publish-');
    index = await startIndex({
      dataDir: data.path,
      apiToken: TOKEN,
      config: parseConfig(
        {
          trustedPublishing: {
            issuer: issuer.url,
            publishers: [
              {
                repository: 'octo/cli-demo',
                repositoryOwnerId: '7',
                workflow: 'release.yml',
                projects: ['cli-demo'],
                pending: true,
              },
            ],
          },
        },
        'test',
      ),
    });
  });
  afterEach(async () => {
    await index.close();
    await issuer.close();
    await data.cleanup();
  });

  it('uploads with PYPI_TOKEN and prints the files', async () => {
    const io = captureIo({ PYPI_TOKEN: TOKEN });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/uploaded\s+cli_demo-0\.1\.0\.tar\.gz/);
    expect(io.out()).toMatch(/uploaded\s+cli_demo-0\.1\.0-py3-none-any\.whl/);
    expect(io.out()).toContain(`${index.url}/simple/cli-demo/`);
    expect(io.out() + io.err()).not.toContain(TOKEN);
  });

  it('uses Trusted Publishing when the OIDC variables are present', async () => {
    const io = captureIo({
      ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
    });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code, io.err()).toBe(0);
    expect(io.err()).toContain('with Trusted Publishing');
    expect(issuer.issuedCount).toBe(1);
  });

  it('reports an empty PYPI_TOKEN as such', async () => {
    const io = captureIo({
      PYPI_TOKEN: '',
      ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('PYPI_TOKEN is set but empty');
    expect(io.err()).not.toContain(BUG_REPORT_REQUEST); // the user's to fix
    expect(issuer.issuedCount).toBe(0);
  });

  it('asks for a bug report when the failure is a fault, not the user input (the ID token endpoint fails)', async () => {
    const io = captureIo({
      ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer.url}/no-such-endpoint`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
    });
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code).toBe(1);
    expect(io.err()).toMatch(/pypi-release publish: .*ID token.*\n/i);
    expect(io.err()).toContain(BUG_REPORT_REQUEST);
  });

  it('says how to get credentials when there are none', async () => {
    const io = captureIo();
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('pass an API token (PYPI_TOKEN');
    expect(io.err()).toContain('id-token: write');
  });

  it('--dry-run uploads nothing and needs no credentials', async () => {
    const io = captureIo();
    const code = await runCli(
      ['publish', '--dry-run', '--repository-url', index.uploadUrl, fixture.dist],
      io,
    );
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/would-upload\s+cli_demo-0\.1\.0\.tar\.gz/);
    expect(io.out()).toContain('Dry run: nothing was uploaded.');
    expect(index.storage.index.projects()).toEqual([]);
  });

  it('--print-hash logs the digests before uploading; --simple-url is where it verifies', async () => {
    const io = captureIo({ PYPI_TOKEN: TOKEN });
    const args = ['publish', '--print-hash', '--simple-url', index.simpleUrl];
    const code = await runCli([...args, '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code, io.err()).toBe(0);
    const err = io.err();
    expect(err.indexOf('Hashes of the files to upload:')).toBeGreaterThanOrEqual(0);
    expect(err.indexOf('Hashes of the files to upload:')).toBeLessThan(err.indexOf('Uploading'));
    expect(err).toMatch(
      /cli_demo-0\.1\.0\.tar\.gz\n {4}sha256 {6}[0-9a-f]{64}\n {4}blake2-256 {2}[0-9a-f]{64}/,
    );
    expect(err).toContain(`Verified through ${index.simpleUrl}`);
  });

  it('--simple-url must be a URL', async () => {
    const io = captureIo({ PYPI_TOKEN: TOKEN });
    const code = await runCli(['publish', '--simple-url', 'nope', fixture.dist], io);
    expect(code).toBe(2);
    expect(io.err()).toContain('--simple-url must be a URL');
  });

  it('--strict fails on pre-flight warnings and uploads nothing', async () => {
    const io = captureIo({ PYPI_TOKEN: TOKEN });
    const code = await runCli(['publish', '--strict', '--repository-url', index.uploadUrl, fixture.dist], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('[description-missing]');
    expect(io.err()).toContain('nothing was uploaded');
    expect(index.storage.index.projects()).toEqual([]);
  });

  it('refuses a pull request from a fork before any token exchange', async () => {
    const event = await tempDir('cli-event-');
    try {
      const path = join(event.path, 'event.json');
      const payload = {
        pull_request: {
          head: { repo: { full_name: 'alice/cli-demo' } },
          base: { repo: { full_name: 'octo/cli-demo' } },
        },
      };
      await writeFile(path, JSON.stringify(payload));
      const io = captureIo({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: path,
        ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
      });
      const code = await runCli(['publish', '--repository-url', index.uploadUrl, fixture.dist], io);
      expect(code).toBe(1);
      expect(io.err()).toContain('from the fork alice/cli-demo into octo/cli-demo');
      expect(issuer.issuedCount).toBe(0);
    } finally {
      await event.cleanup();
    }
  });

  it('exits 2 without a file', async () => {
    const io = captureIo({ PYPI_TOKEN: TOKEN });
    expect(await runCli(['publish', '--repository-url', index.uploadUrl], io)).toBe(2);
    expect(io.err()).toContain('name at least one file or folder');
  });
});
