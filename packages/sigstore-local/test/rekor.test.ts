import { createHash, sign } from 'node:crypto';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalSigstore, startLocalSigstore } from '../src/index';
import { preAuthEncoding } from '../src/rekor';
import { GITHUB_ISSUER, postJson, signingCertRequest } from './support';

describe('local Rekor v1', () => {
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;
  let certificate: string;
  let privateKey: ReturnType<typeof signingCertRequest>['privateKey'];
  const entries = () => `${sigstore.rekorUrl}/api/v1/log/entries`;

  beforeAll(async () => {
    oidc = await startOidcIssuer({ issuer: GITHUB_ISSUER });
    sigstore = await startLocalSigstore({
      issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
    });
    const request = signingCertRequest(await oidc.sign({ aud: 'sigstore' }));
    privateKey = request.privateKey;
    const { json } = await postJson(`${sigstore.fulcioUrl}/api/v2/signingCert`, request.body);
    certificate = (json as { signedCertificateEmbeddedSct: { chain: { certificates: string[] } } })
      .signedCertificateEmbeddedSct.chain.certificates[0] as string;
  });
  afterAll(async () => {
    await sigstore?.close();
    await oidc?.close();
  });

  const payload = Buffer.from('{"_type":"https://in-toto.io/Statement/v1"}');
  const payloadType = 'application/vnd.in-toto+json';

  function dsseEntry(signature: Buffer, kind = 'dsse') {
    const envelope = JSON.stringify({
      payloadType,
      payload: payload.toString('base64'),
      signatures: [{ sig: signature.toString('base64'), keyid: '' }],
    });
    const verifier = Buffer.from(certificate).toString('base64');
    return {
      envelope,
      entry: { apiVersion: '0.0.1', kind, spec: { proposedContent: { envelope, verifiers: [verifier] } } },
    };
  }

  it('logs a dsse entry with the body real Rekor stores: hashes and signatures, not the proposed content', async () => {
    const signature = sign('sha256', preAuthEncoding(payloadType, payload), privateKey);
    const { envelope, entry } = dsseEntry(signature);
    const { status, json } = await postJson(entries(), entry);
    expect(status).toBe(201);
    const [uuid, logged] =
      Object.entries(json as Record<string, { body: string; integratedTime: number }>)[0] ?? [];
    expect(uuid).toMatch(/^[0-9a-f]{64}$/);
    const body = Buffer.from(logged?.body ?? '', 'base64').toString('utf8');
    const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
    // Canonical JSON (RFC 8785): keys sorted, no spaces.
    expect(body).toBe(
      JSON.stringify({
        apiVersion: '0.0.1',
        kind: 'dsse',
        spec: {
          envelopeHash: { algorithm: 'sha256', value: sha256(envelope) },
          payloadHash: { algorithm: 'sha256', value: sha256(payload) },
          signatures: [
            {
              signature: signature.toString('base64'),
              verifier: Buffer.from(certificate).toString('base64'),
            },
          ],
        },
      }),
    );
    expect(Math.abs((logged?.integratedTime ?? 0) - Date.now() / 1000)).toBeLessThan(60);
  });

  it('refuses an envelope whose signature does not verify against the submitted certificate', async () => {
    const before = sigstore.counts.entries;
    const signature = sign('sha256', preAuthEncoding(payloadType, Buffer.from('other payload')), privateKey);
    const { status, json } = await postJson(entries(), dsseEntry(signature).entry);
    expect(status).toBe(400);
    expect((json as { message: string }).message).toMatch(/does not verify/);
    expect(sigstore.counts.entries).toBe(before);
  });

  it('refuses other entry kinds (PyPI accepts only dsse entries for attestations)', async () => {
    const signature = sign('sha256', preAuthEncoding(payloadType, payload), privateKey);
    const { status, json } = await postJson(entries(), dsseEntry(signature, 'intoto').entry);
    expect(status).toBe(400);
    expect((json as { message: string }).message).toMatch(/only dsse\/0\.0\.1/);
  });
});
