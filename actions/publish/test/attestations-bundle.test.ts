import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { createKeySource, parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// PYPI.md §5, ATTESTATIONS.md: the bundle as GitHub runs it signs a publish attestation per file (the signing
// code is a lazily loaded chunk) and the index verifies it as Warehouse does.

const actionDir = join(import.meta.dirname, '..');
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const JOB = { repository: 'octo-org/attest-demo', ownerId: '4343', environment: 'pypi' };
const PUBLISHER = {
  repository: JOB.repository,
  repositoryOwnerId: JOB.ownerId,
  workflow: 'release.yml',
  environment: 'pypi',
  projects: ['attest-demo'],
  pending: true,
};

let fixture: Awaited<ReturnType<typeof buildFixture>>;
let issuer: OidcIssuer;
let sigstore: LocalSigstore;

beforeAll(async () => {
  fixture = await buildFixture({ name: 'attest-demo', version: '2.0.0' });
  issuer = await startOidcIssuer({ issuer: GITHUB_ISSUER, job: jobClaims(JOB) });
  sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${issuer.url}/.well-known/jwks` }],
  });
}, 180_000);
afterAll(async () => {
  await sigstore?.close();
  await issuer?.close();
  await fixture?.cleanup();
});

async function withIndex(test: (index: RunningIndex) => Promise<void>): Promise<void> {
  const data = await tempDir('attest-bundle-');
  const index = await startIndex({
    dataDir: data.path,
    config: parseConfig({ trustedPublishing: { issuer: GITHUB_ISSUER, publishers: [PUBLISHER] } }, 'test'),
    keySource: createKeySource(GITHUB_ISSUER, {
      fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, issuer.url), init),
    }),
    sigstoreTrustedRoot: sigstore.trustedRoot,
  });
  try {
    await test(index);
  } finally {
    await index.close();
    await data.cleanup();
  }
}

const env = (runnerTemp: string) => ({
  ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
  PYPI_RELEASE_SIGSTORE_FULCIO_URL: sigstore.fulcioUrl,
  PYPI_RELEASE_SIGSTORE_REKOR_URL: sigstore.rekorUrl,
  RUNNER_TEMP: runnerTemp,
});

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('publish bundle with attestations on %s', (_label, node) => {
  it('signs every file, uploads the attestations, lists them in the outputs and the summary, shows no token', async () => {
    await withIndex(async (index) => {
      const temp = await tempDir('runner-temp-');
      try {
        const issuedBefore = issuer.issued.length;
        const result = await runAction({
          actionDir,
          node,
          workspace: fixture.root,
          inputs: { 'repository-url': index.uploadUrl },
          env: env(temp.path),
        });
        expect(result.exitCode, result.stdout + result.stderr).toBe(0);
        const paths = JSON.parse(result.outputs.attestations ?? '[]') as string[];
        expect(paths).toHaveLength(2);
        for (const path of paths) {
          expect(path.startsWith(temp.path)).toBe(true);
          expect(result.summary).toContain(path);
          const filename = path.replace(/^.*\//, '').replace(/\.publish\.attestation$/, '');
          const served = await fetch(`${index.url}/integrity/attest-demo/2.0.0/${filename}/provenance`, {
            headers: { accept: 'application/vnd.pypi.integrity.v1+json' },
          });
          expect(served.status).toBe(200);
          const body = (await served.json()) as { attestation_bundles: Array<{ attestations: unknown[] }> };
          expect(body.attestation_bundles[0]?.attestations[0]).toEqual(
            JSON.parse(await readFile(path, 'utf8')),
          );
        }
        expect(await readdir(join(fixture.root, 'dist'))).toEqual(
          expect.not.arrayContaining([expect.stringMatching(/attestation$/)]),
        );
        // Tokens for Sigstore (audience `sigstore`) and PyPI: masked when obtained, never shown.
        const tokens = issuer.issued.slice(issuedBefore);
        expect(tokens.length).toBeGreaterThanOrEqual(3);
        const masked = [...result.stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1]);
        const shown = [
          result.stdout.replace(/^::add-mask::.*$/gm, ''),
          result.stderr,
          result.summary,
          JSON.stringify(result.outputs),
        ].join('\n');
        for (const token of tokens) {
          expect(masked).toContain(token);
          expect(shown).not.toContain(token);
          expect(shown).not.toContain(token.split('.')[2]);
        }
      } finally {
        await temp.cleanup();
      }
    });
  }, 180_000);

  it('refuses a test Sigstore for an upload to PyPI at once, before any request', async () => {
    const temp = await tempDir('runner-temp-');
    try {
      const before = { ...sigstore.requests };
      const issued = issuer.issued.length;
      const result = await runAction({
        actionDir,
        node,
        workspace: fixture.root,
        inputs: { 'repository-url': 'https://upload.pypi.org/legacy/' },
        env: env(temp.path),
      });
      expect(result.exitCode).toBe(1);
      expect(result.stdout).toMatch(
        /^::error::PYPI_RELEASE_SIGSTORE_FULCIO_URL=http:\/\/127\.0\.0\.1:\d+ names a test Sigstore, and the upload goes to https:\/\/upload\.pypi\.org/m,
      );
      expect(sigstore.requests).toEqual(before);
      expect(issuer.issued.length).toBe(issued);
    } finally {
      await temp.cleanup();
    }
  }, 60_000);
});
