// `pypi-release provenance` against a real local stack: the local index (verifying attestations on upload and
// serving the Integrity API), a local Sigstore (Fulcio + Rekor v1) and the local OIDC issuer signing as GitHub's.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createAttester, productionTrustedRoot } from '@pypi-release/attestations';
import { checkFile } from '@pypi-release/dists';
import { createKeySource, parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { uploadFormFields } from '@pypi-release/pypi-client';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const JOB = { repository: 'octo/prov-demo', ownerId: '42', workflow: 'release.yml', environment: 'pypi' };

let fixture: Awaited<ReturnType<typeof buildFixture>>;
let half: Awaited<ReturnType<typeof buildFixture>>;
let data: Awaited<ReturnType<typeof tempDir>>;
let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let index: RunningIndex;
let uploadToken: string;
let trustedRootFile: string;

beforeAll(async () => {
  fixture = await buildFixture({ name: 'prov-demo', version: '1.0.0' });
  half = await buildFixture({ name: 'half-attested', version: '1.0.0' });
  data = await tempDir('cli-provenance-');
  oidc = await startOidcIssuer({ issuer: GITHUB_ISSUER, job: jobClaims(JOB) });
  sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
  });
  trustedRootFile = join(data.path, 'trusted_root.json');
  await writeFile(trustedRootFile, JSON.stringify(sigstore.trustedRoot));
  index = await startIndex({
    dataDir: join(data.path, 'index'),
    config: parseConfig(
      {
        trustedPublishing: {
          issuer: GITHUB_ISSUER,
          publishers: [
            {
              repository: JOB.repository,
              repositoryOwnerId: JOB.ownerId,
              workflow: JOB.workflow,
              environment: JOB.environment,
              projects: ['prov-demo', 'half-attested'],
              pending: true,
            },
          ],
        },
      },
      'test',
    ),
    // The index finds GitHub's keys at the local issuer, which signs as GitHub's issuer.
    keySource: createKeySource(GITHUB_ISSUER, { discoveryBase: oidc.url }),
    sigstoreTrustedRoot: sigstore.trustedRoot,
  });
  const minted = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    body: JSON.stringify({ token: await oidc.sign({ aud: 'pypi' }) }),
  });
  uploadToken = ((await minted.json()) as { token: string }).token;
  for (const file of fixture.files) await upload(file, { attest: true });
}, 180_000);
afterAll(async () => {
  await index?.close();
  await sigstore?.close();
  await oidc?.close();
  await data?.cleanup();
  await fixture?.cleanup();
  await half?.cleanup();
});

/** Uploads `path` with Trusted Publishing, with a publish attestation signed by the job when `attest`. */
async function upload(path: string, options: { attest: boolean }): Promise<void> {
  const report = await checkFile(path);
  const form = new FormData();
  for (const [key, value] of uploadFormFields(report)) form.append(key, value);
  const bytes = await readFile(path);
  const filename = basename(path);
  if (options.attest) {
    const attester = createAttester({
      identityProvider: { getToken: () => oidc.sign({ aud: 'sigstore' }) },
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
      retries: 0,
    });
    form.append(
      'attestations',
      JSON.stringify([
        await attester({ filename, sha256: createHash('sha256').update(bytes).digest('hex') }),
      ]),
    );
  }
  form.append('content', new Blob([bytes]), filename);
  const response = await fetch(index.uploadUrl, {
    method: 'POST',
    body: form,
    headers: { authorization: `Basic ${Buffer.from(`__token__:${uploadToken}`).toString('base64')}` },
  });
  expect(response.status, await response.text()).toBe(200);
}

async function provenance(...args: string[]) {
  const io = captureIo();
  const code = await runCli(['provenance', ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('pypi-release provenance', () => {
  it('verifies every file of an attested release and exits 0', async () => {
    const result = await provenance(
      'prov-demo',
      '1.0.0',
      '--index-url',
      index.url,
      '--trusted-root',
      trustedRootFile,
    );
    expect(result.code, result.out + result.err).toBe(0);
    expect(result.out).toMatch(
      /✔\s+prov_demo-1\.0\.0\.tar\.gz\s+GitHub octo\/prov-demo @ release\.yml \(environment pypi\)\s+verified/,
    );
    expect(result.out).toMatch(/✔\s+prov_demo-1\.0\.0-py3-none-any\.whl\s+GitHub octo\/prov-demo/);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('provenance verified: 2/2 files');
  });

  it('prints one JSON document with --json', async () => {
    const result = await provenance(
      'Prov_Demo',
      '1.0.0',
      '--index-url',
      index.url,
      '--trusted-root',
      trustedRootFile,
      '--json',
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      ok: boolean;
      verified: number;
      total: number;
      files: { verified: boolean; served_sha256: string; listed_sha256: string }[];
    };
    expect(report).toMatchObject({ ok: true, verified: 2, total: 2 });
    for (const file of report.files) expect(file.served_sha256).toBe(file.listed_sha256);
  });

  it('fails against another trusted root (Sigstore production), naming the verification failure', async () => {
    const production = join(data.path, 'production-root.json');
    await writeFile(production, JSON.stringify(productionTrustedRoot()));
    const result = await provenance(
      'prov-demo',
      '1.0.0',
      '--index-url',
      index.url,
      '--trusted-root',
      production,
    );
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/✖\s+prov_demo-1\.0\.0\.tar\.gz\s+.*Verification failed: /);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('provenance verified: 0/2 files');
    // The default root is Sigstore production's too.
    expect((await provenance('prov-demo', '1.0.0', '--index-url', index.url)).code).toBe(1);
  });

  it('counts a file without provenance as not verified and names it', async () => {
    for (const file of half.files) await upload(file, { attest: file.endsWith('.tar.gz') });
    const result = await provenance(
      'half-attested',
      '1.0.0',
      '--index-url',
      index.url,
      '--trusted-root',
      trustedRootFile,
    );
    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /✖\s+half_attested-1\.0\.0-py3-none-any\.whl\s+-\s+no provenance: the Integrity API has none for this file \(404\)/,
    );
    expect(result.out).toMatch(/✔\s+half_attested-1\.0\.0\.tar\.gz/);
    expect(result.out.trimEnd().split('\n').at(-1)).toBe('provenance verified: 1/2 files');
  });

  it('fails when the served bytes differ from the attested digest, naming the mismatch', async () => {
    const row = index.storage.index.file('prov_demo-1.0.0.tar.gz');
    expect(row).toBeDefined();
    const stored = index.storage.absolute(row?.path ?? '');
    const original = await readFile(stored);
    await writeFile(stored, Buffer.concat([original, Buffer.from('tampered')]));
    try {
      const result = await provenance(
        'prov-demo',
        '1.0.0',
        '--index-url',
        index.url,
        '--trusted-root',
        trustedRootFile,
        '--json',
      );
      expect(result.code).toBe(1);
      const report = JSON.parse(result.out) as {
        ok: boolean;
        files: { filename: string; verified: boolean; reason: string | null }[];
      };
      const sdist = report.files.find((f) => f.filename === 'prov_demo-1.0.0.tar.gz');
      expect(sdist?.verified).toBe(false);
      expect(sdist?.reason).toMatch(
        /^digest mismatch: the served file's sha256 [0-9a-f]{64} differs from the sha256 the index lists/,
      );
      expect(report.files.find((f) => f.filename.endsWith('.whl'))?.verified).toBe(true);
    } finally {
      await writeFile(stored, original);
    }
  });

  it('exits 1 naming the release when the index does not have it', async () => {
    const result = await provenance(
      'prov-demo',
      '9.9',
      '--index-url',
      index.url,
      '--trusted-root',
      trustedRootFile,
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain('prov-demo 9.9 is not on');
  });

  it.each([
    [['prov-demo'], 'expected <project> <version>, got 1 argument(s)'],
    [['prov-demo', '1.0.0', 'extra'], 'expected <project> <version>, got 3 argument(s)'],
    [['prov-demo', '1.0.0', '--index-url', 'ftp://example.org'], '--index-url must be an http(s) URL'],
    [['prov-demo', '1.0.0', '--bogus'], "Unknown option '--bogus'"],
    [
      ['prov-demo', '1.0.0', '--trusted-root', '/nonexistent/trusted_root.json'],
      '--trusted-root /nonexistent/trusted_root.json: cannot read it',
    ],
  ])('exits 2 on a usage error: %j', async (args, message) => {
    const result = await provenance(...args);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).toContain('Usage: pypi-release provenance');
  });
});
