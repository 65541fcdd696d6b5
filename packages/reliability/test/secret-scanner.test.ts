import { describe, expect, it } from 'vitest';
import { SecretScanner } from '../src/secret-scanner';
import { scanRun } from '../src/secrets';

const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJyZXBvIn0.c2lnbmF0dXJlLW9mLXRoZS10b2tlbi0xMjM0NTY';
const MINTED = 'pypi-minted-canary-0123456789abcdef';

describe('secret scanner', () => {
  it('finds a canary as is, as an HTTP Basic credential, and a JWT by its signature alone', () => {
    const scanner = new SecretScanner();
    scanner.add('minted-token', MINTED);
    scanner.add('oidc-jwt', JWT);
    scanner.scan('log', `uploading with ${MINTED}`);
    scanner.scan('header', `Authorization: Basic ${Buffer.from(`__token__:${MINTED}`).toString('base64')}`);
    scanner.scan('summary', `signature ${JWT.split('.')[2]}`);
    scanner.scan('clean', 'nothing secret here');
    expect(scanner.leaks).toEqual([
      { kind: 'minted-token', place: 'log', form: 'as is' },
      { kind: 'minted-token', place: 'header', form: 'as HTTP Basic' },
      { kind: 'oidc-jwt', place: 'summary', form: 'JWT signature' },
    ]);
    expect(scanner.places).toBe(4);
  });

  it('counts each non-empty log line as a place and names the line of a leak', () => {
    const scanner = new SecretScanner();
    scanner.add('api-token', 'pypi-api-canary-abcdef');
    scanner.scanLines('job', 'one\n\ntwo pypi-api-canary-abcdef\nthree');
    expect(scanner.places).toBe(3);
    expect(scanner.leaks.map((l) => l.place)).toEqual(['job:3']);
  });

  it('classifies masked secrets: a JWT, an upload token, and not the Basic form of one', () => {
    const scanner = new SecretScanner();
    scanner.addMasked(JWT);
    scanner.addMasked(MINTED);
    scanner.addMasked(Buffer.from(`__token__:${MINTED}`).toString('base64'));
    expect(scanner.kinds()).toEqual({ 'oidc-jwt': 1, 'minted-token': 1 });
  });

  it('scans every step log, summary and output of a workflow run, but not the runner’s mask commands', () => {
    const scanner = new SecretScanner();
    scanner.add('api-token', 'pypi-api-canary-abcdef');
    scanRun(scanner, 'run', {
      ok: true,
      jobs: [
        {
          id: 'pypi / pypi-publish',
          outcome: 'success',
          outputs: { url: 'https://x' },
          summary: '',
          steps: [
            {
              name: 'publish',
              outcome: 'success',
              outputs: { files: '[] pypi-api-canary-abcdef' },
              log: '::add-mask::pypi-api-canary-abcdef\nuploaded',
              summary: 'done',
            },
          ],
        },
      ],
      outputs: {},
      mappings: [],
      approvals: [],
      text: 'published',
    });
    expect(scanner.leaks.map((l) => l.place)).toEqual(['run / pypi / pypi-publish / publish output files']);
  });

  it('lets a kind through only where it belongs: the Sigstore token in the request to Fulcio, not in Rekor’s', () => {
    const scanner = new SecretScanner();
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJzaWdzdG9yZSJ9.c2lnbmF0dXJlLW9mLXRoZS1zaWdzdG9yZS10b2tlbg';
    scanner.add('sigstore-jwt', jwt);
    scanner.scan(
      'fulcio POST /api/v2/signingCert',
      `{"credentials":{"oidcIdentityToken":"${jwt}"}}`,
      new Set(['sigstore-jwt']),
    );
    scanner.scan('rekor POST /api/v1/log/entries', `{"spec":"${jwt}"}`);
    expect(scanner.leaks.map((l) => `${l.kind} ${l.place}`)).toEqual([
      'sigstore-jwt rekor POST /api/v1/log/entries',
      'sigstore-jwt rekor POST /api/v1/log/entries',
    ]);
  });
});
