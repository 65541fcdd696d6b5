import { setTimeout as sleep } from 'node:timers/promises';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type LocalSigstore, SigstoreLocalError, startLocalSigstore } from '../src/index';
import { GITHUB_ISSUER, postJson, signingCertRequest } from './support';

describe('local Sigstore fault injection', () => {
  let oidc: OidcIssuer;
  let sigstore: LocalSigstore;
  const signingCert = () => `${sigstore.fulcioUrl}/api/v2/signingCert`;
  const entries = () => `${sigstore.rekorUrl}/api/v1/log/entries`;
  const certificateRequest = async () => signingCertRequest(await oidc.sign({ aud: 'sigstore' })).body;

  beforeAll(async () => {
    oidc = await startOidcIssuer({ issuer: GITHUB_ISSUER });
    sigstore = await startLocalSigstore({
      issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
    });
  });
  afterEach(() => sigstore.faults.clear());
  afterAll(async () => {
    await sigstore?.close();
    await oidc?.close();
  });

  /** Snapshot of the counters, to compare what one test's requests changed. */
  function counters() {
    return { ...sigstore.counts, ...sigstore.requests };
  }
  function changed(before: ReturnType<typeof counters>) {
    const now = counters();
    return {
      certificates: now.certificates - before.certificates,
      entries: now.entries - before.entries,
      fulcio: now.fulcio - before.fulcio,
      rekor: now.rekor - before.rekor,
    };
  }

  it('answers the next Fulcio request with the status, issuing nothing, then serves normally', async () => {
    const before = counters();
    sigstore.faults.next('fulcio', { kind: 'status', status: 503 });
    const faulted = await postJson(signingCert(), await certificateRequest());
    expect(faulted).toEqual({ status: 503, json: { code: 503, message: 'Service Unavailable' } });
    const served = await postJson(signingCert(), await certificateRequest());
    expect(served.status).toBe(201);
    expect(changed(before)).toEqual({ certificates: 1, entries: 0, fulcio: 2, rekor: 0 });
  });

  it('sends Retry-After with a 429 when asked to', async () => {
    sigstore.faults.next('rekor', { kind: 'status', status: 429, retryAfter: 2 });
    const response = await fetch(entries(), { method: 'POST', body: '{}' });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('2');
    expect(await response.json()).toEqual({ code: 429, message: 'Too Many Requests' });
  });

  it('hits only its own service, for `count` requests, in the order the faults were queued', async () => {
    const before = counters();
    sigstore.faults.next('rekor', { kind: 'status', status: 500, count: 2 });
    sigstore.faults.next('rekor', { kind: 'status', status: 502 });
    expect((await postJson(signingCert(), await certificateRequest())).status).toBe(201);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await postJson(entries(), {})).status);
    // The fourth is Rekor's own answer to an empty proposed entry: behaviour without faults is unchanged.
    expect(statuses).toEqual([500, 500, 502, 400]);
    expect(sigstore.faults.list().map((f) => [f.hits, f.remaining])).toEqual([
      [2, 0],
      [1, 0],
    ]);
    expect(changed(before)).toEqual({ certificates: 1, entries: 0, fulcio: 1, rekor: 4 });
  });

  it('hits every request with count Infinity until cleared', async () => {
    sigstore.faults.next('fulcio', { kind: 'status', status: 503, count: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 3; i++) expect((await postJson(signingCert(), {})).status).toBe(503);
    sigstore.faults.clear();
    expect((await postJson(signingCert(), {})).status).toBe(400);
  });

  it('reset: destroys the connection without answering or issuing', async () => {
    const before = counters();
    sigstore.faults.next('fulcio', { kind: 'reset' });
    await expect(postJson(signingCert(), await certificateRequest())).rejects.toThrow(/fetch failed/);
    expect((await postJson(signingCert(), await certificateRequest())).status).toBe(201);
    expect(changed(before)).toEqual({ certificates: 1, entries: 0, fulcio: 2, rekor: 0 });
  });

  it('stall: answers normally after the stall when the client waits', async () => {
    const before = counters();
    sigstore.faults.next('fulcio', { kind: 'stall', ms: 150 });
    const started = performance.now();
    const { status } = await postJson(signingCert(), await certificateRequest());
    expect(status).toBe(201);
    expect(performance.now() - started).toBeGreaterThanOrEqual(145);
    expect(changed(before)).toEqual({ certificates: 1, entries: 0, fulcio: 1, rekor: 0 });
  });

  it('stall: a request the client gave up on is dropped, never served', async () => {
    const before = counters();
    sigstore.faults.next('fulcio', { kind: 'stall', ms: 100 });
    const body = JSON.stringify(await certificateRequest());
    await expect(
      fetch(signingCert(), { method: 'POST', body, signal: AbortSignal.timeout(20) }),
    ).rejects.toThrow(/aborted/);
    await sleep(150); // past the stall: a dropped request would have been served by now
    expect(changed(before)).toEqual({ certificates: 0, entries: 0, fulcio: 1, rekor: 0 });
  });

  it('drop-after-handle: serves the request, then cuts the connection instead of answering', async () => {
    const before = counters();
    sigstore.faults.next('fulcio', { kind: 'drop-after-handle' });
    await expect(postJson(signingCert(), await certificateRequest())).rejects.toThrow(/fetch failed/);
    expect(changed(before)).toEqual({ certificates: 1, entries: 0, fulcio: 1, rekor: 0 });
  });

  it('takes faults at start, as the option `faults`', async () => {
    const local = await startLocalSigstore({
      issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${oidc.url}/.well-known/jwks` }],
      faults: [{ service: 'rekor', kind: 'status', status: 504 }],
    });
    try {
      expect((await postJson(`${local.rekorUrl}/api/v1/log/entries`, {})).status).toBe(504);
      expect((await postJson(`${local.rekorUrl}/api/v1/log/entries`, {})).status).toBe(400);
      expect(local.requests).toEqual({ fulcio: 0, rekor: 2 });
    } finally {
      await local.close();
    }
  });

  it('refuses a malformed fault, naming what is wrong', () => {
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(SigstoreLocalError);
        expect((error as SigstoreLocalError).code).toBe('INVALID_FAULT');
        return (error as Error).message;
      }
      throw new Error('not refused');
    };
    expect(refusal(() => sigstore.faults.next('fulcio', { kind: 'status', status: 200 }))).toMatch(
      /^invalid fulcio fault: status: .*>=400/,
    );
    expect(refusal(() => sigstore.faults.next('rekor', { kind: 'reset', count: 0 }))).toMatch(
      /count must be a positive integer or Infinity/,
    );
    expect(refusal(() => sigstore.faults.next('tsa' as 'rekor', { kind: 'reset' }))).toMatch(
      /unknown service "tsa": faults apply to 'fulcio' or 'rekor'/,
    );
    expect(sigstore.faults.list()).toEqual([]);
  });
});
