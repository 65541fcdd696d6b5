import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createAttester, sigstoreIdentity } from '@pypi-release/attestations';
import { createKeySource, parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AttestationsSetup,
  apiTokenCredentials,
  attestationsDecision,
  type Credentials,
  DEFAULT_RETRY_POLICY,
  envIdTokenProvider,
  indexEndpoints,
  PublishError,
  type PublishOptions,
  publish,
  type SigstoreEndpoints,
  sigstoreFromEnv,
  systemClock,
  trustedPublishingCredentials,
} from '../src/index';
import { API_TOKEN, JOB, PUBLISHER, recordingLogger } from './support/stack';

// PYPI.md §5 and ATTESTATIONS.md: the publish step signs a publish/v1 attestation per file with Sigstore (token of
// audience `sigstore`) and sends it in the `attestations` field, with Trusted Publishing only.

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
type Fixture = Awaited<ReturnType<typeof buildFixture>>;

let fixture: Fixture;
let issuer: OidcIssuer;
let sigstore: LocalSigstore;
let agent: Agent;
const minted: string[] = [];

beforeAll(async () => {
  fixture = await buildFixture({ name: 'demo-pkg', version: '1.0.0' });
  issuer = await startOidcIssuer({ issuer: GITHUB_ISSUER, job: jobClaims(JOB) });
  sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${issuer.url}/.well-known/jwks` }],
  });
  agent = new Agent();
}, 180_000);
afterAll(async () => {
  await agent?.close();
  await sigstore?.close();
  await issuer?.close();
  await fixture?.cleanup();
});

/** A fresh index (its own data) trusting the local issuer (as GitHub's) and the local Sigstore. */
async function freshIndex(): Promise<RunningIndex & { cleanup(): Promise<void> }> {
  const data = await tempDir('attest-index-');
  const index = await startIndex({
    dataDir: data.path,
    apiToken: API_TOKEN,
    config: parseConfig(
      { trustedPublishing: { issuer: GITHUB_ISSUER, publishers: [{ ...PUBLISHER, pending: true }] } },
      'test',
    ),
    keySource: createKeySource(GITHUB_ISSUER, {
      fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, issuer.url), init),
    }),
    sigstoreTrustedRoot: sigstore.trustedRoot,
  });
  return Object.assign(index, {
    cleanup: async () => {
      await index.close();
      await data.cleanup();
    },
  });
}

/** The runner's token endpoint, recording every token it hands out (to prove none reaches a log). */
const getIdToken = async (audience: string): Promise<string> => {
  const env = {
    ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
  };
  const token = await envIdTokenProvider(env, agent)(audience);
  minted.push(token);
  return token;
};

/** The publish step's setup against the local Sigstore; `sigstore: undefined` names none (the public one). */
function setup(
  overrides: Partial<Omit<AttestationsSetup, 'sigstore'>> & { sigstore?: SigstoreEndpoints | undefined } = {},
): AttestationsSetup & { masked: string[] } {
  const masked: string[] = [];
  const { sigstore: endpoints, ...rest } = {
    sigstore: { fulcioUrl: sigstore.fulcioUrl, rekorUrl: sigstore.rekorUrl },
    ...overrides,
  };
  return {
    enabled: true,
    getIdToken,
    load: async () => createAttester,
    logger: recordingLogger(),
    maskSecret: (s) => masked.push(s),
    masked,
    ...rest,
    ...(endpoints ? { sigstore: endpoints } : {}),
  };
}

async function run(
  index: RunningIndex,
  options: {
    paths?: string[];
    apiToken?: boolean;
    dryRun?: boolean;
    setup?: () => AttestationsSetup;
    dir?: string;
  },
) {
  const logger = recordingLogger();
  const s = options.setup?.() ?? setup({ logger });
  const credentials: PublishOptions['credentials'] = options.apiToken
    ? async (e) => apiTokenCredentials(API_TOKEN, e.origin)
    : (endpoints) =>
        trustedPublishingCredentials({
          endpoints,
          getIdToken,
          dispatcher: agent,
          clock: systemClock,
          policy: DEFAULT_RETRY_POLICY,
          logger,
        });
  const result = await publish({
    paths: options.paths ?? [fixture.dist],
    repositoryUrl: index.uploadUrl,
    dispatcher: agent,
    logger,
    credentials,
    dryRun: options.dryRun ?? false,
    attestations: attestationsDecision({ ...s, logger }),
    ...(options.dir ? { attestationsDir: options.dir } : {}),
  });
  return { result, logger };
}

async function provenanceStatus(index: RunningIndex, filename: string): Promise<number> {
  const response = await fetch(`${index.url}/integrity/demo-pkg/1.0.0/${filename}/provenance`, {
    headers: { accept: 'application/vnd.pypi.integrity.v1+json' },
  });
  await response.arrayBuffer();
  return response.status;
}

const counts = () => ({ ...sigstore.counts });

/** The files the index lists for demo-pkg (none when the project does not exist). */
async function listedFiles(index: RunningIndex): Promise<string[]> {
  const response = await fetch(`${index.url}/simple/demo-pkg/`, {
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  });
  if (response.status === 404) return [];
  return ((await response.json()) as { files: Array<{ filename: string }> }).files.map((f) => f.filename);
}

describe('publish with attestations (PEP 740)', () => {
  it('signs each file with Trusted Publishing, writes it outside the packages folder, and the index verifies it', async () => {
    const index = await freshIndex();
    const dir = join((await tempDir('attestations-out-')).path, 'out');
    try {
      const before = counts();
      const { result, logger } = await run(index, { dir });
      const files = fixture.files.map((f) => basename(f));
      expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
      for (const file of result.files) {
        expect(file.attestations).toEqual([join(dir, `${file.filename}.publish.attestation`)]);
        expect(await provenanceStatus(index, file.filename)).toBe(200);
      }
      expect((await readdir(dir)).sort()).toEqual(files.map((f) => `${f}.publish.attestation`).sort());
      expect(await readdir(fixture.dist)).toEqual(
        expect.not.arrayContaining([expect.stringMatching(/attestation/)]),
      );
      expect(counts().certificates - before.certificates).toBe(2);
      expect(counts().entries - before.entries).toBe(2);
      expect(logger.text()).toContain('Attestations: signing with Sigstore');
      for (const token of minted) expect(logger.text()).not.toContain(token);
    } finally {
      await index.cleanup();
    }
  }, 120_000);

  it.each([
    [
      'an API token',
      { apiToken: true },
      'Attestations: skipped. PyPI accepts them only with Trusted Publishing',
    ],
    ['a dry run', { dryRun: true }, 'Dry run: no attestations are signed'],
    ['attestations: false', { setup: () => setup({ enabled: false }) }, 'Attestations: off'],
    [
      'no test Sigstore for an index that is not PyPI',
      { setup: () => setup({ sigstore: undefined }) },
      'is not PyPI or TestPyPI',
    ],
  ])(
    'signs nothing with %s, and says why',
    async (_name, options, said) => {
      const index = await freshIndex();
      try {
        const before = counts();
        const { result, logger } = await run(index, options);
        expect(logger.text()).toContain(said);
        expect(counts()).toEqual(before);
        expect(result.files.every((f) => f.attestations.length === 0)).toBe(true);
        if (!result.dryRun) expect(await provenanceStatus(index, result.files[0]?.filename ?? '')).toBe(404);
      } finally {
        await index.cleanup();
      }
    },
    120_000,
  );

  it('fails before any upload when Sigstore cannot sign, naming the service and the way out', async () => {
    const index = await freshIndex();
    try {
      const closed = 'http://127.0.0.1:9'; // the discard port: nothing listens
      const failing = () => setup({ sigstore: { fulcioUrl: closed, rekorUrl: sigstore.rekorUrl } });
      const error = await run(index, { setup: failing }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PublishError);
      expect((error as PublishError).code).toBe('signing-failed');
      expect((error as Error).message).toContain('Nothing was uploaded');
      expect((error as Error).message).toContain(`Fulcio (${closed}) failed 3 times in a row`);
      expect((error as Error).message).toContain('`attestations: false`');
      for (const token of minted) expect((error as Error).message).not.toContain(token);
      expect(await listedFiles(index)).toEqual([]);
    } finally {
      await index.cleanup();
    }
  }, 120_000);
});

describe('deciding whether to sign (before anything is signed)', () => {
  const tpCredentials: Credentials = {
    origin: 'https://upload.pypi.org',
    description: 'Trusted Publishing',
    trustedPublishing: true,
    authorization: async () => 'Bearer x',
  };
  const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

  it('refuses a test Sigstore for an upload to PyPI or TestPyPI', async () => {
    for (const url of ['https://upload.pypi.org/legacy/', 'https://test.pypi.org/legacy/']) {
      const decide = attestationsDecision(setup());
      const error = await decide({
        credentials: tpCredentials,
        endpoints: indexEndpoints(url),
        dryRun: true,
      }).catch((e: unknown) => e);
      expect((error as PublishError).code).toBe('attestations-unavailable');
      expect((error as Error).message).toContain('PYPI_RELEASE_SIGSTORE_FULCIO_URL');
    }
  });

  it.each([
    ['another repository', 'org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1'],
    ['the same repository', 'octo-org/demo/.github/workflows/pypi-release.yml@refs/tags/v1.0.0'],
  ])(
    'skips a reusable workflow of %s, explaining that PyPI would refuse the certificate',
    async (_name, called) => {
      const logger = recordingLogger();
      let loaded = false;
      const decide = attestationsDecision({
        ...setup({ sigstore: undefined }),
        logger,
        load: async () => {
          loaded = true;
          return createAttester;
        },
        getIdToken: async () =>
          jwt({
            repository: 'octo-org/demo',
            workflow_ref: 'octo-org/demo/.github/workflows/release.yml@refs/tags/v1.0.0',
            job_workflow_ref: called,
          }),
      });
      const signer = await decide({
        credentials: tpCredentials,
        endpoints: indexEndpoints('https://upload.pypi.org/legacy/'),
        dryRun: false,
      });
      expect(signer).toBeUndefined();
      expect(loaded).toBe(false);
      expect(logger.text()).toMatch(
        /^warning: Attestations: skipped\. This job runs inside the reusable workflow /m,
      );
      expect(logger.text()).toContain('publish from a job of your own workflow');
    },
  );

  it('takes a test Sigstore from both environment variables, or neither', () => {
    expect(sigstoreFromEnv({})).toBeUndefined();
    expect(
      sigstoreFromEnv({
        PYPI_RELEASE_SIGSTORE_FULCIO_URL: 'http://f',
        PYPI_RELEASE_SIGSTORE_REKOR_URL: 'http://r',
      }),
    ).toEqual({ fulcioUrl: 'http://f', rekorUrl: 'http://r' });
    expect(() => sigstoreFromEnv({ PYPI_RELEASE_SIGSTORE_FULCIO_URL: 'http://f' })).toThrow(/go together/);
  });
});

describe('attestation files beside the distributions (as twine and uv upload them)', () => {
  /** A copy of the release in its own folder, with `extra` files written beside it. */
  async function releaseWith(extra: (sdist: string) => Promise<Record<string, string>>): Promise<string> {
    const dir = join((await tempDir('user-attest-')).path, 'dist');
    await mkdir(dir);
    for (const file of fixture.files) await copyFile(file, join(dir, basename(file)));
    const sdist = fixture.files.find((f) => f.endsWith('.tar.gz')) as string;
    for (const [name, text] of Object.entries(await extra(sdist))) await writeFile(join(dir, name), text);
    return dir;
  }
  const sdistName = () => basename(fixture.files.find((f) => f.endsWith('.tar.gz')) as string);
  const signed = async (sdist: string, sha256?: string) => {
    const attester = createAttester({
      identityProvider: sigstoreIdentity(getIdToken),
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
    });
    const { createHash } = await import('node:crypto');
    const digest =
      sha256 ??
      createHash('sha256')
        .update(await readFile(sdist))
        .digest('hex');
    return JSON.stringify(await attester({ filename: basename(sdist), sha256: digest }));
  };

  it('uploads the user’s publish attestation instead of signing another', async () => {
    const index = await freshIndex();
    try {
      const dir = await releaseWith(async (sdist) => ({
        [`${basename(sdist)}.publish.attestation`]: await signed(sdist),
      }));
      const before = counts();
      const { result, logger } = await run(index, { paths: [dir] });
      expect(logger.text()).toContain('1 attestation file(s) beside it will be uploaded with it');
      expect(counts().certificates - before.certificates).toBe(1); // the wheel's only
      expect(await provenanceStatus(index, sdistName())).toBe(200);
      expect(result.files.find((f) => f.filename === sdistName())?.attestations).toEqual([
        join(dir, `${sdistName()}.publish.attestation`),
      ]);
    } finally {
      await index.cleanup();
    }
  }, 120_000);

  it.each([
    ['not JSON', async () => '{', /: not JSON/],
    ['not an object', async () => '[]', /not a JSON object/],
    [
      'of other bytes',
      async (sdist: string) => signed(sdist, 'f'.repeat(64)),
      /an attestation of other bytes/,
    ],
  ])(
    'refuses one that is %s before anything happens, naming the file',
    async (_name, make, rule) => {
      const index = await freshIndex();
      try {
        const dir = await releaseWith(async (sdist) => ({
          [`${basename(sdist)}.publish.attestation`]: await make(sdist),
        }));
        const error = await run(index, { paths: [dir] }).catch((e: unknown) => e);
        expect((error as PublishError).code).toBe('invalid-attestation');
        expect((error as Error).message).toContain(join(dir, `${sdistName()}.publish.attestation`));
        expect((error as Error).message).toMatch(rule);
        expect(await listedFiles(index)).toEqual([]);
      } finally {
        await index.cleanup();
      }
    },
    120_000,
  );

  it('refuses them with an API token to PyPI before any upload (PyPI: only with Trusted Publishing)', async () => {
    const index = await freshIndex();
    try {
      const dir = await releaseWith(async (sdist) => ({
        [`${basename(sdist)}.publish.attestation`]: await signed(sdist),
      }));
      const logger = recordingLogger();
      const error = await publish({
        paths: [dir],
        repositoryUrl: index.uploadUrl,
        indexPolicy: 'pypi',
        dispatcher: agent,
        logger,
        credentials: async (e) => apiTokenCredentials(API_TOKEN, e.origin),
      }).catch((e: unknown) => e);
      expect((error as PublishError).code).toBe('attestations-unavailable');
      expect((error as Error).message).toContain(
        'Attestations are only supported when using Trusted Publishing',
      );
      expect(await listedFiles(index)).toEqual([]);
    } finally {
      await index.cleanup();
    }
  }, 120_000);
});
