import { X509Certificate } from 'node:crypto';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { X509Certificate as SigstoreCertificate } from '@sigstore/core';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FULCIO_OID,
  INVALID_IDENTITY_TOKEN,
  INVALID_SIGNATURE,
  type LocalSigstore,
  startLocalSigstore,
} from '../src/index';
import { GITHUB_ISSUER, postJson, signingCertRequest } from './support';

describe('local Fulcio', () => {
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;
  const signingCert = () => `${sigstore.fulcioUrl}/api/v2/signingCert`;

  beforeAll(async () => {
    oidc = await startOidcIssuer({ issuer: GITHUB_ISSUER });
    sigstore = await startLocalSigstore({
      issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
    });
  });
  afterAll(async () => {
    await sigstore?.close();
    await oidc?.close();
  });

  function extension(certificatePem: string, oid: string): string | undefined {
    const extension = SigstoreCertificate.parse(certificatePem).extension(oid);
    if (extension === undefined) return undefined;
    // Fulcio's v1 extensions are raw strings; v2 ones are a DER UTF8String (tag 0x0c, short length).
    const value = extension.value;
    return value[0] === 0x0c ? value.subarray(2).toString('utf8') : value.toString('utf8');
  }

  it('issues a certificate carrying the GitHub extensions real Fulcio derives from the token claims', async () => {
    // A job running a reusable workflow: the caller's workflow is the Build Config, the called one the Build Signer.
    oidc.setJob(
      jobClaims({
        repository: 'octo-org/octo-repo',
        workflow: 'release.yml',
        ref: 'refs/tags/v2.0.0',
        reusableWorkflow: { repository: 'tools-org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
      }),
    );
    const token = await oidc.sign({ aud: 'sigstore' });
    const { status, json } = await postJson(signingCert(), signingCertRequest(token).body);
    expect(status).toBe(201);
    const chain = (json as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } })
      .signedCertificateEmbeddedSct.chain.certificates;
    expect(chain).toHaveLength(2);
    const leaf = chain[0] as string;
    expect(new X509Certificate(leaf).subjectAltName).toBe(
      'URI:https://github.com/tools-org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1',
    );
    expect(new X509Certificate(leaf).verify(new X509Certificate(chain[1] as string).publicKey)).toBe(true);
    const expected: [string, string][] = [
      [FULCIO_OID.issuerV1, GITHUB_ISSUER],
      [FULCIO_OID.issuerV2, GITHUB_ISSUER],
      [FULCIO_OID.githubWorkflowRepository, 'octo-org/octo-repo'],
      [FULCIO_OID.githubWorkflowRef, 'refs/tags/v2.0.0'],
      [FULCIO_OID.sourceRepositoryUri, 'https://github.com/octo-org/octo-repo'],
      [FULCIO_OID.sourceRepositoryRef, 'refs/tags/v2.0.0'],
      [FULCIO_OID.sourceRepositoryDigest, '3f786850e387550fdab836ed7e6dc881de23001b'],
      [
        FULCIO_OID.buildConfigUri,
        'https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v2.0.0',
      ],
      [
        FULCIO_OID.buildSignerUri,
        'https://github.com/tools-org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1',
      ],
      [FULCIO_OID.sourceRepositoryOwnerUri, 'https://github.com/octo-org'],
      [
        FULCIO_OID.runInvocationUri,
        'https://github.com/octo-org/octo-repo/actions/runs/3000000001/attempts/1',
      ],
      [FULCIO_OID.runnerEnvironment, 'github-hosted'],
      [FULCIO_OID.buildTrigger, 'push'],
      [FULCIO_OID.sourceRepositoryVisibilityAtSigning, 'public'],
    ];
    for (const [oid, value] of expected) expect({ oid, value: extension(leaf, oid) }).toEqual({ oid, value });
    // An embedded SCT from the CT log, as real Fulcio issues them (verifiers require one).
    expect(SigstoreCertificate.parse(leaf).extSCT?.signedCertificateTimestamps).toHaveLength(1);
    expect(sigstore.counts.certificates).toBeGreaterThanOrEqual(1);
  });

  describe('refuses tokens real Fulcio refuses (401, its message)', () => {
    async function expectRefused(token: string, detail: RegExp): Promise<void> {
      const before = sigstore.counts.certificates;
      const { status, json } = await postJson(signingCert(), signingCertRequest(token).body);
      expect(status).toBe(401);
      const message = (json as { message: string }).message;
      expect(message.startsWith(INVALID_IDENTITY_TOKEN)).toBe(true);
      expect(message).toMatch(detail);
      expect(message).not.toContain(token);
      expect(sigstore.counts.certificates).toBe(before);
    }

    it('a token for another audience (the PyPI exchange token)', async () => {
      await expectRefused(await oidc.sign({ aud: 'pypi' }), /aud/);
    });

    it('an expired token', async () => {
      const now = Math.floor(Date.now() / 1000);
      await expectRefused(
        await oidc.sign({ aud: 'sigstore', iat: now - 600, nbf: now - 600, exp: now - 1 }),
        /exp/,
      );
    });

    it('a token from an issuer this Fulcio is not configured for', async () => {
      await expectRefused(
        await oidc.sign({ aud: 'sigstore', iss: 'https://token.actions.example.com' }),
        /issuer/,
      );
    });

    it('a token signed by a key the issuer does not publish', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      await expectRefused(await oidc.sign({ aud: 'sigstore' }, { privateKey }), /signature/);
    });

    it('an unsigned token (alg none)', async () => {
      await expectRefused(await oidc.sign({ aud: 'sigstore' }, { alg: 'none' }), /./);
    });

    it('a GitHub token lacking a claim the GitHub principal needs', async () => {
      await expectRefused(
        await oidc.sign({ aud: 'sigstore' }, { omit: ['job_workflow_ref'] }),
        /job_workflow_ref/,
      );
    });
  });

  it('refuses a proof of possession that is not a signature of the token subject by the submitted key', async () => {
    const token = await oidc.sign({ aud: 'sigstore' });
    const { status, json } = await postJson(
      signingCert(),
      signingCertRequest(token, { proveSubject: 'repo:x/y:ref:z' }).body,
    );
    expect(status).toBe(400);
    expect(json).toMatchObject({ message: INVALID_SIGNATURE });
  });

  it('refuses a malformed request, naming the missing field', async () => {
    const { status, json } = await postJson(signingCert(), { credentials: {} });
    expect(status).toBe(400);
    expect((json as { message: string }).message).toMatch(/oidcIdentityToken/);
  });
});
