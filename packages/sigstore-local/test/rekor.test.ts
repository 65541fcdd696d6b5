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
    const body = Buffer.from(logged?.body ?? '', 'base64').toString('utf8');
    const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
    // Rekor's entry ID: the tree ID (16 hex), then the RFC 6962 leaf hash of the canonical body.
    expect(uuid).toMatch(/^[0-9a-f]{80}$/);
    expect(uuid?.slice(16)).toBe(sha256(Buffer.concat([Buffer.from([0]), Buffer.from(body)])));
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

  it('answers 409 with the Location of the existing entry to an equivalent entry, and serves that entry', async () => {
    const signature = sign('sha256', preAuthEncoding(payloadType, payload), privateKey);
    const { entry } = dsseEntry(signature);
    const post = () =>
      fetch(entries(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(entry),
      });
    const first = await post();
    expect(first.status).toBe(201);
    const created = (await first.json()) as Record<string, unknown>;
    const [entryId = ''] = Object.keys(created);
    expect(first.headers.get('location')).toBe(`/api/v1/log/entries/${entryId}`);
    expect(first.headers.get('etag')).toBe(entryId);
    const before = sigstore.counts.entries;

    const again = await post();
    expect(again.status).toBe(409);
    expect(again.headers.get('location')).toBe(`/api/v1/log/entries/${entryId}`);
    expect(await again.json()).toEqual({
      code: 409,
      message: `an equivalent entry already exists in the transparency log with UUID ${entryId}`,
    });
    expect(sigstore.counts.entries).toBe(before);

    for (const id of [entryId, entryId.slice(16)]) {
      const fetched = await fetch(`${entries()}/${id}`);
      expect(fetched.status).toBe(200);
      expect(await fetched.json()).toEqual(created);
    }
    expect((await fetch(`${entries()}/${'0'.repeat(80)}`)).status).toBe(404);
    expect((await fetch(`${entries()}/not-an-id`)).status).toBe(400);
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
