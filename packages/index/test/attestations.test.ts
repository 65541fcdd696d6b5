import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type Attestation,
  createAttester,
  PUBLISH_PREDICATE_TYPE,
  provenanceSchema,
  trustMaterialFrom,
  verifyAttestation,
} from '@pypi-release/attestations';
import { jobClaims, type OidcIssuer, startOidcIssuer, type TokenClaims } from '@pypi-release/oidc-issuer';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeySource } from '../src/oidc';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

// Messages from pypi/warehouse @6b62157: warehouse/attestations/services.py and forklift/legacy.py:1629-1651.
const INVALID = 'Invalid attestations supplied during upload: ';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const JOB = { repository: 'octo/pkg', ownerId: '42', workflow: 'release.yml', environment: 'pypi' };

let oidc: OidcIssuer;
let sigstore: LocalSigstore;
let index: TestIndex;
let dists: BuiltDists;
let uploadToken: string;
let distDir: string;

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

/** Signs a publish attestation for `path` with a token of this job (claims overridable). */
async function attest(path: string, claims: Partial<TokenClaims> = {}, sha?: string): Promise<Attestation> {
  const attester = createAttester({
    identityProvider: { getToken: () => oidc.sign({ ...claims, aud: 'sigstore' }) },
    fulcioUrl: sigstore.fulcioUrl,
    rekorUrl: sigstore.rekorUrl,
    retries: 0,
  });
  return attester({ filename: basename(path), sha256: sha ?? (await sha256(path)) });
}

async function upload(path: string, attestations: string | undefined, token = uploadToken) {
  const form = await distForm(
    path,
    'demo-pkg',
    '1.0.0',
    attestations === undefined ? [] : [['attestations', attestations]],
  );
  return postForm(index.uploadUrl, form.fields, [form.file], { token });
}

const messageOf = (text: string): string => (JSON.parse(text) as { message: string }).message;

beforeAll(async () => {
  oidc = await startOidcIssuer({ issuer: GITHUB_ISSUER, job: jobClaims(JOB) });
  sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
  });
  index = await startTestIndex(
    {
      trustedPublishing: {
        issuer: GITHUB_ISSUER,
        publishers: [
          {
            repository: 'octo/pkg',
            repositoryOwnerId: '42',
            workflow: 'release.yml',
            environment: 'pypi',
            projects: ['demo-pkg'],
            pending: true,
          },
        ],
      },
    },
    {
      // The index finds GitHub's keys at the local issuer, which signs as GitHub's issuer.
      keySource: createKeySource(GITHUB_ISSUER, {
        fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, oidc.url), init),
      }),
      sigstoreTrustedRoot: sigstore.trustedRoot,
    },
  );
  distDir = await tempDir('attest-dists-');
  dists = await buildProject(distDir, { name: 'demo-pkg', version: '1.0.0' });
  const minted = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    body: JSON.stringify({ token: await oidc.sign({ aud: 'pypi' }) }),
  });
  uploadToken = ((await minted.json()) as { token: string }).token;
});
afterAll(async () => {
  await index?.dispose();
  await sigstore?.close();
  await oidc?.close();
  if (distDir) await rm(distDir, { recursive: true, force: true });
});

describe('uploads with attestations (PEP 740), refused as Warehouse refuses them', () => {
  const refusals: Array<[string, () => Promise<string | undefined>, string | RegExp]> = [
    [
      'an API token upload',
      async () => JSON.stringify([await attest(dists.sdist)]),
      'Attestations are only supported when using Trusted Publishing',
    ],
    ['an empty set', async () => '[]', 'Malformed attestations: an empty attestation set is not permitted'],
    ['not a list of attestation objects', async () => '{"version": 1}', /^Malformed attestations: /],
    ['not JSON', async () => 'not json', /^Malformed attestations: /],
    [
      'more than two',
      async () => {
        const one = await attest(dists.sdist);
        return JSON.stringify([one, one, one]);
      },
      'A maximum of 2 attestations per file are supported',
    ],
    [
      'an attestation for other bytes',
      async () => JSON.stringify([await attest(dists.sdist, {}, 'f'.repeat(64))]),
      'Could not verify the uploaded artifact using the included attestation: Verification failed: subject does not match distribution digest',
    ],
    [
      'an attestation signed by another workflow of the repository',
      async () =>
        JSON.stringify([
          await attest(dists.sdist, {
            workflow_ref: 'octo/pkg/.github/workflows/other.yml@refs/tags/v1.0.0',
          }),
        ]),
      "Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's Build Config URI (https://github.com/octo/pkg/.github/workflows/other.yml@refs/tags/v1.0.0) does not match expected Trusted Publisher (release.yml @ octo/pkg)",
    ],
    [
      'an attestation signed in another repository',
      async () => JSON.stringify([await attest(dists.sdist, { repository: 'octo/fork' })]),
      /^Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's OIDCSourceRepositoryURI does not match \(got 'https:\/\/github.com\/octo\/fork'/,
    ],
    [
      'two attestations of the same predicate type',
      async () => {
        const one = await attest(dists.sdist);
        return JSON.stringify([one, one]);
      },
      `Multiple attestations for the same file with the same predicate type (${PUBLISH_PREDICATE_TYPE}) are not supported`,
    ],
  ];

  it.each(refusals)('%s', async (name, field, expected) => {
    const response = await upload(
      dists.sdist,
      await field(),
      name === 'an API token upload' ? TOKEN : uploadToken,
    );
    expect(response.status).toBe(400);
    const message = messageOf(response.text);
    expect(message.startsWith(INVALID)).toBe(true);
    const reason = message.slice(INVALID.length);
    if (typeof expected === 'string') expect(reason).toBe(expected);
    else expect(reason).toMatch(expected);
    expect(index.storage.index.file(basename(dists.sdist))).toBeUndefined();
  });
});

describe('an attested upload', () => {
  let attestation: Attestation;

  beforeAll(async () => {
    attestation = await attest(dists.sdist);
    const response = await upload(dists.sdist, JSON.stringify([attestation]));
    expect(response.status, response.text).toBe(200);
    expect((await upload(dists.wheel, undefined)).status).toBe(200);
  });

  const integrityUrl = (filename: string) => `${index.url}/integrity/demo-pkg/1.0.0/${filename}/provenance`;

  it('serves its provenance through the Integrity API, with the publisher and the attestation as uploaded', async () => {
    const response = await fetch(integrityUrl(basename(dists.sdist)), {
      headers: { accept: 'application/vnd.pypi.integrity.v1+json' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.pypi.integrity.v1+json');
    const provenance = provenanceSchema.parse(await response.json());
    expect(provenance).toEqual({
      version: 1,
      attestation_bundles: [
        {
          publisher: { kind: 'GitHub', repository: 'octo/pkg', workflow: 'release.yml', environment: 'pypi' },
          attestations: [attestation],
        },
      ],
    });
    // What a consumer does with it: verify the served attestation against the file it downloads.
    const served = provenance.attestation_bundles[0]?.attestations[0] as Attestation;
    expect(
      verifyAttestation(
        served,
        { filename: basename(dists.sdist), sha256: await sha256(dists.sdist) },
        {
          trust: trustMaterialFrom(sigstore.trustedRoot),
          publisher: { kind: 'GitHub', repository: 'octo/pkg', workflow: 'release.yml' },
        },
      ).predicateType,
    ).toBe(PUBLISH_PREDICATE_TYPE);
  });

  it('links it from the simple API (PEP 691 `provenance`, HTML `data-provenance`), null for the wheel', async () => {
    const json = (await (
      await fetch(`${index.url}/simple/demo-pkg/`, {
        headers: { accept: 'application/vnd.pypi.simple.v1+json' },
      })
    ).json()) as { files: Array<{ filename: string; provenance: string | null }> };
    const byName = Object.fromEntries(json.files.map((f) => [f.filename, f.provenance]));
    expect(byName[basename(dists.sdist)]).toBe(integrityUrl(basename(dists.sdist)));
    expect(byName[basename(dists.wheel)]).toBeNull();
    const html = await (await fetch(`${index.url}/simple/demo-pkg/`)).text();
    expect(html).toContain(`data-provenance="${integrityUrl(basename(dists.sdist))}"`);
  });

  it('answers 404 with its message for a file uploaded without attestations, 406 for an unacceptable type', async () => {
    const missing = await fetch(integrityUrl(basename(dists.wheel)), {
      headers: { accept: 'application/json' },
    });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ message: `No provenance available for ${basename(dists.wheel)}` });
    const html = await fetch(integrityUrl(basename(dists.sdist)), { headers: { accept: 'text/html' } });
    expect(html.status).toBe(406);
    expect(await html.json()).toEqual({ message: 'Request not acceptable' });
    expect(
      (await fetch(`${index.url}/integrity/demo-pkg/9.9/${basename(dists.sdist)}/provenance`)).status,
    ).toBe(404);
  });

  it('answers an identical re-upload 200 before looking at its attestations (Warehouse order)', async () => {
    const response = await upload(dists.sdist, 'not json');
    expect(response.status).toBe(200);
  });
});
