import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  attestationSchema,
  createAttester,
  PUBLISH_PREDICATE_TYPE,
  sigstoreIdentity,
  trustMaterialFrom,
  verifyAttestation,
} from '../src/index';

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SHA = 'a'.repeat(64);

describe('sign then verify against the local Sigstore', () => {
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;

  beforeAll(async () => {
    oidc = await startOidcIssuer({
      issuer: GITHUB_ISSUER,
      job: jobClaims({ repository: 'octo-org/octo-repo', workflow: 'release.yml', environment: 'pypi' }),
    });
    sigstore = await startLocalSigstore({
      issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
    });
  });
  afterAll(async () => {
    await sigstore?.close();
    await oidc?.close();
  });

  it('round trips', async () => {
    const attest = createAttester({
      identityProvider: sigstoreIdentity(async (audience) => {
        const response = await fetch(`${oidc.requestUrl}&audience=${audience}`, {
          headers: { authorization: `Bearer ${oidc.requestToken}` },
        });
        return ((await response.json()) as { value: string }).value;
      }),
      fulcioUrl: sigstore.fulcioUrl,
      rekorUrl: sigstore.rekorUrl,
    });
    const dist = { filename: 'demo_pkg-1.0.0.tar.gz', sha256: SHA };
    const attestation = await attest(dist);
    expect(attestationSchema.parse(attestation)).toEqual(attestation);
    const result = verifyAttestation(attestation, dist, {
      trust: trustMaterialFrom(sigstore.trustedRoot),
      publisher: { kind: 'GitHub', repository: 'octo-org/octo-repo', workflow: 'release.yml', environment: 'pypi' },
    });
    expect(result).toEqual({ predicateType: PUBLISH_PREDICATE_TYPE, predicate: null });
  });
});
