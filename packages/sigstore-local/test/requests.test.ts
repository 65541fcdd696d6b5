import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalSigstore, type ReceivedRequest, startLocalSigstore } from '../src/index';
import { GITHUB_ISSUER, postJson } from './support';

let sigstore: LocalSigstore;
const seen: Array<{ service: string; request: ReceivedRequest }> = [];

beforeAll(async () => {
  sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: 'http://127.0.0.1:9/jwks' }],
    onRequest: (service, request) => seen.push({ service, request }),
  });
});
afterAll(async () => {
  await sigstore?.close();
});

describe('the request log (what a secret scan reads)', () => {
  it('hands over every request each service answers, with its headers and its body as sent', async () => {
    const body = { credentials: { oidcIdentityToken: 'not-a-token-canary' }, publicKeyRequest: {} };
    await postJson(`${sigstore.fulcioUrl}/api/v2/signingCert`, body);
    await postJson(`${sigstore.rekorUrl}/api/v1/log/entries`, { kind: 'dsse' });
    expect(seen.map((s) => [s.service, s.request.method, s.request.path])).toEqual([
      ['fulcio', 'POST', '/api/v2/signingCert'],
      ['rekor', 'POST', '/api/v1/log/entries'],
    ]);
    expect(seen[0]?.request.body).toBe(JSON.stringify(body));
    expect(seen[0]?.request.headers['content-type']).toBe('application/json');
  });
});
