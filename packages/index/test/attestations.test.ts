import { createHash } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { basename } from 'node:path';
import {
  type Attestation,
  createStatementSigner,
  PUBLISH_PREDICATE_TYPE,
  provenanceSchema,
  publishStatement,
  type Statement,
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

// Messages from pypi/warehouse @6b62157: the prefix from warehouse/forklift/legacy.py:1640-1651, the rest from
// warehouse/attestations/services.py (`_extract_attestations_from_request` lines 38-84,
// `IntegrityService.parse_attestations` lines 136-200). The `Verification failed: …` reasons come from
// pypi-attestations 0.0.29, which Warehouse pins (requirements/main.txt; pypi/pypi-attestations @9314212
// src/pypi_attestations/_impl.py, `Attestation.verify` and `to_bundle`) and, passed through it, from
// sigstore-python 4.5.0 (sigstore/verify/verifier.py and the files named in the rows).
const INVALID = 'Invalid attestations supplied during upload: ';
const UNVERIFIED =
  'Could not verify the uploaded artifact using the included attestation: Verification failed: ';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** An OIDC issuer the trusted Fulcio also accepts (real Fulcio accepts many), but not GitHub Actions. */
const OTHER_ISSUER = 'https://token.actions.example.com';
const OTHER_PREDICATE_TYPE = 'https://example.com/attestations/other/v1';
const JOB = { repository: 'octo/pkg', ownerId: '42', workflow: 'release.yml', environment: 'pypi' };

let oidc: OidcIssuer;
let otherOidc: OidcIssuer;
let sigstore: LocalSigstore;
/** A second local Sigstore (its own CA, CT log and Rekor) that the index does not trust. */
let untrusted: LocalSigstore;
let index: TestIndex;
let dists: BuiltDists;
let uploadToken: string;
let distDir: string;

const sha256 = async (path: string) =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

interface SignWith {
  /** Token claims over this job's. */
  claims?: Partial<TokenClaims>;
  /** The issuer of the identity token (default: the one signing as GitHub Actions). */
  issuer?: OidcIssuer;
  /** The digest the statement names (default: the file's). */
  sha?: string;
  /** Rewrites the publish statement before it is signed. */
  statement?: (publish: Statement) => Statement;
  fulcio?: LocalSigstore;
  rekor?: LocalSigstore;
}

/** Signs an attestation about the file at `path` for real: a Fulcio certificate, a Rekor entry, a DSSE signature. */
async function attest(path: string, how: SignWith = {}): Promise<Attestation> {
  const issuer = how.issuer ?? oidc;
  const sign = createStatementSigner({
    identityProvider: { getToken: () => issuer.sign({ ...how.claims, aud: 'sigstore' }) },
    fulcioUrl: (how.fulcio ?? sigstore).fulcioUrl,
    rekorUrl: (how.rekor ?? sigstore).rekorUrl,
    retries: 0,
  });
  const publish = publishStatement({ filename: basename(path), sha256: how.sha ?? (await sha256(path)) });
  return sign(how.statement?.(publish) ?? publish, basename(path));
}

type Entry = Record<string, unknown> & {
  inclusionPromise: { signedEntryTimestamp: string };
  inclusionProof: { rootHash: string; checkpoint: { envelope: string } };
};
const entryOf = (attestation: Attestation) =>
  attestation.verification_material.transparency_entries[0] as Entry;

/** The attestation with its (first) transparency entry replaced. */
function withEntry(attestation: Attestation, change: (entry: Entry) => Record<string, unknown>): Attestation {
  const verification_material = {
    ...attestation.verification_material,
    transparency_entries: [change(entryOf(attestation))],
  };
  return { ...attestation, verification_material };
}

/** A refusal row's field: a real attestation of the sdist, altered in the part under test. */
const alteredSdist = (alter: (sdist: Attestation) => Attestation) => async () =>
  JSON.stringify([alter(await attest(dists.sdist))]);

/** A refusal row's field: a real attestation of the sdist given a part of another real one, of `donor`. */
const graftedSdist =
  (donor: keyof BuiltDists, graft: (sdist: Attestation, other: Attestation) => Attestation) => async () => {
    const other = await attest(dists[donor]);
    return JSON.stringify([graft(await attest(dists.sdist), other)]);
  };

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
  otherOidc = await startOidcIssuer({ issuer: OTHER_ISSUER, job: jobClaims(JOB) });
  const issuers = [
    { issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` },
    { issuer: OTHER_ISSUER, jwksUrl: `${otherOidc.url}/.well-known/jwks` },
  ];
  sigstore = await startLocalSigstore({ issuers });
  untrusted = await startLocalSigstore({ issuers });
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
  await untrusted?.close();
  await oidc?.close();
  await otherOidc?.close();
  if (distDir) await rm(distDir, { recursive: true, force: true });
});

/**
 * A Sigstore-level refusal: Warehouse passes sigstore-python's reason through (`Verification failed: {reason}`);
 * the index's reason is sigstore-js's, so the row pins the prefix and that the reason names the failure.
 */
function sigstoreFailure(names: RegExp): RegExp {
  const escaped = UNVERIFIED.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}${names.source}`);
}

/** The checkpoint note with its tree size changed, its signature line kept. */
function alterCheckpointSize(envelope: string): string {
  const [origin, size, ...rest] = envelope.split('\n');
  return [origin, String(Number(size) + 1), ...rest].join('\n');
}

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
      // Warehouse: pydantic's "1 validation error for list[Attestation] 0.verification_material.transparency_entries
      // List should have at least 1 item after validation, not 0 [type=too_short, …]" (pypi-attestations
      // `VerificationMaterial.transparency_entries: Annotated[list, MinLen(1)]`, services.py:56-65).
      'no transparency entries',
      alteredSdist((sdist) => ({
        ...sdist,
        verification_material: { ...sdist.verification_material, transparency_entries: [] },
      })),
      /^Malformed attestations: .*transparency_entries/,
    ],
    [
      // pypi-attestations `to_bundle` turns sigstore-python's refusal of an entry without an inclusion proof and
      // checkpoint (models.py `TransparencyLogEntry._validate`) into ConversionError("invalid transparency log
      // entry"), which is not a VerificationError: Warehouse answers through its catch-all (services.py:168-177).
      'a transparency entry without its inclusion proof',
      alteredSdist((sdist) => withEntry(sdist, ({ inclusionProof: _, ...rest }) => rest)),
      'Unknown error while trying to verify included attestations: invalid transparency log entry',
    ],
    [
      // sigstore-python refuses a bundle without a signed time (models.py `Bundle._verify`), outside
      // pypi-attestations' conversion `try`: Warehouse's catch-all again (services.py:168-177).
      'a transparency entry without its signed entry timestamp',
      alteredSdist((sdist) => withEntry(sdist, ({ inclusionPromise: _, ...rest }) => rest)),
      'Unknown error while trying to verify included attestations: bundle must contain an inclusion promise or signed timestamp(s)',
    ],
    [
      'an attestation for other bytes',
      async () => JSON.stringify([await attest(dists.sdist, { sha: 'f'.repeat(64) })]),
      `${UNVERIFIED}subject does not match distribution digest`,
    ],
    [
      'a statement with two subjects',
      async () =>
        JSON.stringify([
          await attest(dists.sdist, {
            statement: (publish) => ({
              ...publish,
              subject: [
                ...publish.subject,
                { name: basename(dists.wheel), digest: { sha256: 'e'.repeat(64) } },
              ],
            }),
          }),
        ]),
      `${UNVERIFIED}too many subjects in statement (must be exactly one)`,
    ],
    [
      'a statement of another predicate type',
      async () =>
        JSON.stringify([
          await attest(dists.sdist, {
            statement: (publish) => ({ ...publish, predicateType: OTHER_PREDICATE_TYPE }),
          }),
        ]),
      `${UNVERIFIED}unknown attestation type: ${OTHER_PREDICATE_TYPE}`,
    ],
    [
      // sigstore-python policy.py:105 (`_SingleX509ExtPolicy.verify`), via the Trusted Publisher policy.
      'an attestation signed with a token from an issuer other than GitHub Actions',
      async () => JSON.stringify([await attest(dists.sdist, { issuer: otherOidc })]),
      `${UNVERIFIED}Certificate's OIDCIssuerV2 does not match (got '${OTHER_ISSUER}', expected '${GITHUB_ISSUER}')`,
    ],
    [
      'an attestation signed by another workflow of the repository',
      async () =>
        JSON.stringify([
          await attest(dists.sdist, {
            claims: { workflow_ref: 'octo/pkg/.github/workflows/other.yml@refs/tags/v1.0.0' },
          }),
        ]),
      `${UNVERIFIED}Certificate's Build Config URI (https://github.com/octo/pkg/.github/workflows/other.yml@refs/tags/v1.0.0) does not match expected Trusted Publisher (release.yml @ octo/pkg)`,
    ],
    [
      'an attestation signed in another repository',
      async () => JSON.stringify([await attest(dists.sdist, { claims: { repository: 'octo/fork' } })]),
      /^Could not verify the uploaded artifact using the included attestation: Verification failed: Certificate's OIDCSourceRepositoryURI does not match \(got 'https:\/\/github.com\/octo\/fork'/,
    ],
    [
      // Warehouse: "failed to build timestamp certificate chain: unable to get local issuer certificate"
      // (sigstore-python verifier.py:276, OpenSSL's X509 store error).
      'a certificate from a Fulcio the index does not trust',
      async () => JSON.stringify([await attest(dists.sdist, { fulcio: untrusted, rekor: untrusted })]),
      sigstoreFailure(/[Ff]ailed to .*certificate chain/),
    ],
    [
      // Warehouse: "invalid log entry: checkpoint: invalid signature: keyring: invalid signature" (the checkpoint
      // is signed by a key outside the trusted root: checkpoint.py:191 via verifier.py:375).
      'an entry logged by a Rekor the index does not trust',
      async () => JSON.stringify([await attest(dists.sdist, { rekor: untrusted })]),
      sigstoreFailure(/invalid log entry: .*checkpoint/),
    ],
    [
      // Warehouse: "invalid log entry: checkpoint: invalid signature: keyring: invalid signature"
      // (checkpoint.py:191 via verifier.py:375): the note no longer matches its signature.
      'an inclusion proof whose checkpoint was altered',
      alteredSdist((sdist) =>
        withEntry(sdist, (entry) => ({
          ...entry,
          inclusionProof: {
            ...entry.inclusionProof,
            checkpoint: { envelope: alterCheckpointSize(entry.inclusionProof.checkpoint.envelope) },
          },
        })),
      ),
      sigstoreFailure(/invalid log entry: .*checkpoint/),
    ],
    [
      // Warehouse: "invalid log entry: inclusion proof contains invalid root hash: expected …, calculated …"
      // (sigstore-python merkle.py:123 via verifier.py:375). The root hash is a real one, of the wheel's entry.
      'an inclusion proof whose root hash was altered',
      graftedSdist('wheel', (sdist, wheel) =>
        withEntry(sdist, (entry) => ({
          ...entry,
          inclusionProof: { ...entry.inclusionProof, rootHash: entryOf(wheel).inclusionProof.rootHash },
        })),
      ),
      sigstoreFailure(/invalid log entry: inclusion proof contains invalid root hash/),
    ],
    [
      // Warehouse: "invalid log entry: SET: invalid inclusion promise: keyring: invalid signature" (models.py:214
      // via verifier.py:375). The SET is a real one, of the wheel's entry.
      'an entry whose signed entry timestamp was altered',
      graftedSdist('wheel', (sdist, wheel) =>
        withEntry(sdist, (entry) => ({ ...entry, inclusionPromise: entryOf(wheel).inclusionPromise })),
      ),
      sigstoreFailure(/invalid log entry: .*inclusion promise/),
    ],
    [
      // Warehouse: "DSSE: invalid signature" (sigstore-python dsse/__init__.py:306, step 7 of verify_dsse: the
      // signature is checked before the log entry's body).
      "another file's statement with this attestation's signature",
      graftedSdist('wheel', (sdist, wheel) => ({
        ...sdist,
        envelope: { ...sdist.envelope, statement: wheel.envelope.statement },
      })),
      `${UNVERIFIED}DSSE: invalid signature`,
    ],
    [
      // Warehouse: "DSSE: invalid signature" (dsse/__init__.py:306).
      "this attestation's statement with another attestation's signature",
      // The other attestation is of the same file and the same statement, signed with another ephemeral key.
      graftedSdist('sdist', (sdist, other) => ({
        ...sdist,
        envelope: { ...sdist.envelope, signature: other.envelope.signature },
      })),
      `${UNVERIFIED}DSSE: invalid signature`,
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
