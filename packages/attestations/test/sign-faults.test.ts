import { inspect } from 'node:util';
import type { SigstoreFault, SigstoreService } from '@pypi-release/sigstore-local';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  type Attestation,
  AttestationError,
  type AttesterOptions,
  type GithubPublisher,
  PUBLISH_PREDICATE_TYPE,
  trustMaterialFrom,
  verifyAttestation,
} from '../src/index';
import { type Stack, startStack } from './support/stack';

const DIST = { filename: 'demo_pkg-1.0.0.tar.gz', sha256: 'b'.repeat(64) };
const PUBLISHER: GithubPublisher = {
  kind: 'GitHub',
  repository: 'octo-org/octo-repo',
  workflow: 'release.yml',
};
/** Fast retries: 2 retries (3 attempts) 10 ms then 20 ms apart; a timeout no healthy local request comes near. */
const FAST: Omit<AttesterOptions, 'identityProvider'> = { retries: 2, retryDelayMs: 10, timeoutMs: 10_000 };
/** For the stall cases: a request unanswered for 1.5 s has failed (a healthy one takes milliseconds). */
const SHORT_TIMEOUT: Omit<AttesterOptions, 'identityProvider'> = { ...FAST, timeoutMs: 1500 };
/** Far longer than SHORT_TIMEOUT: the attester gives up on a stalled request long before it would be served. */
const STALL_MS = 10_000;

describe('signing through Fulcio and Rekor faults', () => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ repository: 'octo-org/octo-repo', workflow: 'release.yml' });
  });
  afterEach(() => stack.sigstore.faults.clear());
  afterAll(async () => {
    await stack?.close();
  });

  /** Requests each service received and what it issued, while `run` ran. */
  async function measure<T>(run: () => Promise<T>) {
    const { sigstore } = stack;
    const before = { ...sigstore.requests, ...sigstore.counts };
    const outcome = await run().then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: undefined, error }),
    );
    return {
      ...outcome,
      requests: {
        fulcio: sigstore.requests.fulcio - before.fulcio,
        rekor: sigstore.requests.rekor - before.rekor,
      },
      issued: {
        certificates: sigstore.counts.certificates - before.certificates,
        entries: sigstore.counts.entries - before.entries,
      },
    };
  }

  function expectVerifies(attestation: Attestation | undefined): void {
    expect(attestation).toBeDefined();
    const trust = trustMaterialFrom(stack.sigstore.trustedRoot);
    expect(verifyAttestation(attestation as Attestation, DIST, { trust, publisher: PUBLISHER })).toEqual({
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: null,
    });
  }

  function expectNoToken(error: unknown): void {
    expect(stack.oidc.issued.length).toBeGreaterThan(0);
    const shown = `${inspect(error, { depth: 10 })}\n${JSON.stringify(error, Object.getOwnPropertyNames(error))}`;
    for (const token of stack.oidc.issued) expect(shown).not.toContain(token);
  }

  const transient: [string, SigstoreService, SigstoreFault][] = [
    ['a Fulcio 503', 'fulcio', { kind: 'status', status: 503 }],
    ['a Fulcio 500', 'fulcio', { kind: 'status', status: 500 }],
    ['a Fulcio 429 with Retry-After', 'fulcio', { kind: 'status', status: 429, retryAfter: 1 }],
    ['a Fulcio connection reset', 'fulcio', { kind: 'reset' }],
    ['a Fulcio stall longer than the timeout', 'fulcio', { kind: 'stall', ms: STALL_MS }],
    ['a Rekor 503', 'rekor', { kind: 'status', status: 503 }],
    ['a Rekor 502', 'rekor', { kind: 'status', status: 502 }],
    ['a Rekor connection reset', 'rekor', { kind: 'reset' }],
    ['a Rekor stall longer than the timeout', 'rekor', { kind: 'stall', ms: STALL_MS }],
  ];
  it.each(transient)(
    '%s is retried once and the attestation is made and verifies',
    async (_, service, fault) => {
      stack.sigstore.faults.next(service, fault);
      const options = fault.kind === 'stall' ? SHORT_TIMEOUT : FAST;
      const result = await measure(() => stack.attester(undefined, options)(DIST));
      expect(result.error).toBeUndefined();
      expectVerifies(result.value);
      expect(result.requests).toEqual(
        service === 'fulcio' ? { fulcio: 2, rekor: 1 } : { fulcio: 1, rekor: 2 },
      );
      expect(result.issued).toEqual({ certificates: 1, entries: 1 });
    },
  );

  it('a Rekor answer lost after the entry was logged: the retry meets 409 and fetches the logged entry', async () => {
    stack.sigstore.faults.next('rekor', { kind: 'drop-after-handle' });
    const result = await measure(() => stack.attester(undefined, FAST)(DIST));
    expect(result.error).toBeUndefined();
    expectVerifies(result.value);
    // POST (logged, answer lost), POST (409 with the entry's Location), GET of that entry.
    expect(result.requests).toEqual({ fulcio: 1, rekor: 3 });
    expect(result.issued).toEqual({ certificates: 1, entries: 1 });
  });

  it('two faults in a row are both retried (3 attempts with retries: 2)', async () => {
    stack.sigstore.faults.next('fulcio', { kind: 'status', status: 503, count: 2 });
    stack.sigstore.faults.next('rekor', { kind: 'reset', count: 2 });
    const result = await measure(() => stack.attester(undefined, FAST)(DIST));
    expectVerifies(result.value);
    expect(result.requests).toEqual({ fulcio: 3, rekor: 3 });
    expect(result.issued).toEqual({ certificates: 1, entries: 1 });
  });

  it('a persistent Fulcio 503 gives up after the retries, naming Fulcio and what to do, never the token', async () => {
    stack.sigstore.faults.next('fulcio', { kind: 'status', status: 503, count: Number.POSITIVE_INFINITY });
    const result = await measure(() => stack.attester(undefined, FAST)(DIST));
    expect(result.error).toBeInstanceOf(AttestationError);
    expect((result.error as AttestationError).code).toBe('SIGNING');
    expect((result.error as Error).message).toBe(
      `could not sign the attestation for demo_pkg-1.0.0.tar.gz: Fulcio (${stack.sigstore.fulcioUrl}) failed 3 ` +
        "times in a row, last with (503) Service Unavailable: Sigstore's certificate authority is unavailable; " +
        're-run the job later and check https://status.sigstore.dev (CA_CREATE_SIGNING_CERTIFICATE_ERROR)',
    );
    expectNoToken(result.error);
    expect(result.requests).toEqual({ fulcio: 3, rekor: 0 });
    expect(result.issued).toEqual({ certificates: 0, entries: 0 });
  });

  it('a persistent Rekor failure gives up after the retries, naming Rekor', async () => {
    stack.sigstore.faults.next('rekor', { kind: 'status', status: 502, count: Number.POSITIVE_INFINITY });
    const result = await measure(() => stack.attester(undefined, FAST)(DIST));
    expect((result.error as AttestationError).code).toBe('SIGNING');
    expect((result.error as Error).message).toBe(
      `could not sign the attestation for demo_pkg-1.0.0.tar.gz: Rekor (${stack.sigstore.rekorUrl}) failed 3 ` +
        "times in a row, last with (502) Bad Gateway: Sigstore's transparency log is unavailable; " +
        're-run the job later and check https://status.sigstore.dev (TLOG_CREATE_ENTRY_ERROR)',
    );
    expectNoToken(result.error);
    expect(result.requests).toEqual({ fulcio: 1, rekor: 3 });
    expect(result.issued).toEqual({ certificates: 1, entries: 0 });
  });

  it('a Rekor that never answers fails on the timeout, naming Rekor and the timeout', async () => {
    stack.sigstore.faults.next('rekor', { kind: 'stall', ms: STALL_MS, count: Number.POSITIVE_INFINITY });
    const options = { ...SHORT_TIMEOUT, retries: 1 };
    const result = await measure(() => stack.attester(undefined, options)(DIST));
    expect((result.error as Error).message).toBe(
      `could not sign the attestation for demo_pkg-1.0.0.tar.gz: Rekor (${stack.sigstore.rekorUrl}) failed 2 ` +
        "times in a row, last with no answer within 1500 ms: Sigstore's transparency log is unavailable; " +
        're-run the job later and check https://status.sigstore.dev (TLOG_CREATE_ENTRY_ERROR)',
    );
    expect(result.requests).toEqual({ fulcio: 1, rekor: 2 });
    expect(result.issued).toEqual({ certificates: 1, entries: 0 });
  });

  it('a Fulcio that keeps cutting the connection fails naming Fulcio and the network error', async () => {
    stack.sigstore.faults.next('fulcio', { kind: 'reset', count: Number.POSITIVE_INFINITY });
    const result = await measure(() => stack.attester(undefined, { ...FAST, retries: 0 })(DIST));
    expect((result.error as Error).message).toMatch(
      new RegExp(
        `^could not sign the attestation for demo_pkg-1\\.0\\.0\\.tar\\.gz: Fulcio \\(${stack.sigstore.fulcioUrl}\\) ` +
          'failed \\(no retries configured\\) with request to .*/api/v2/signingCert failed, reason: .+: ' +
          "Sigstore's certificate authority is unavailable; re-run the job later and check " +
          'https://status\\.sigstore\\.dev \\(CA_CREATE_SIGNING_CERTIFICATE_ERROR\\)$',
      ),
    );
    expect(result.requests).toEqual({ fulcio: 1, rekor: 0 });
  });

  it('a 4xx is not retried: it is a refusal, not an outage', async () => {
    stack.sigstore.faults.next('fulcio', { kind: 'status', status: 400, count: Number.POSITIVE_INFINITY });
    const result = await measure(() => stack.attester(undefined, FAST)(DIST));
    expect((result.error as Error).message).toBe(
      `could not sign the attestation for demo_pkg-1.0.0.tar.gz: Fulcio (${stack.sigstore.fulcioUrl}) refused ` +
        'the signing certificate request: (400) Bad Request (CA_CREATE_SIGNING_CERTIFICATE_ERROR)',
    );
    expect(result.requests).toEqual({ fulcio: 1, rekor: 0 });
  });
});
