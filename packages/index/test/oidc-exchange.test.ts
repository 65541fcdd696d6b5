import {
  jobClaims,
  type OidcIssuer,
  type SignOptions,
  startOidcIssuer,
  type TokenClaims,
} from '@pypi-release/oidc-issuer';
import { type CryptoKey, exportSPKI, importJWK, type JSONWebKeySet } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  audienceResponse,
  createKeySource,
  type ExchangeDeps,
  type ExchangeResult,
  exchangeToken,
  KeySourceError,
  type TokenGrant,
  trustedPublishingConfigSchema,
} from '../src/oidc';

const START_MS = 1_800_000_000_000;
const NOW = START_MS / 1000;
const PUBLISHER = {
  repository: 'octo/pkg',
  repositoryOwnerId: '42',
  workflow: 'release.yml',
  projects: ['Demo_Pkg'],
};

let now = START_MS;
let issuer: OidcIssuer;
let deps: ExchangeDeps;
let grants: TokenGrant[];

beforeAll(async () => {
  issuer = await startOidcIssuer({ clock: () => now });
});
afterAll(async () => {
  await issuer.close();
});

beforeEach(() => {
  now = START_MS;
  issuer.setJob(jobClaims({ repository: 'octo/pkg', ownerId: '42', environment: 'pypi' }));
  grants = [];
  const used = new Set<string>();
  deps = {
    config: trustedPublishingConfigSchema.parse({ issuer: issuer.url, publishers: [PUBLISHER] }),
    keys: createKeySource(issuer.url, { clock: () => now }),
    clock: () => now,
    jti: { claim: (jti) => !used.has(jti) && used.add(jti) !== undefined },
    projectExists: () => true,
    createdBy: () => false,
    issueToken: (grant) => {
      grants.push(grant);
      return `pypi-minted-${grants.length}`;
    },
  };
});
async function exchange(claims: Partial<TokenClaims> = {}, options?: SignOptions): Promise<ExchangeResult> {
  const token = await issuer.sign({ aud: 'pypi', ...claims }, options);
  return exchangeToken({ token }, deps);
}

function refusal(result: ExchangeResult): { code: string; description: string } {
  expect(result.status).toBe(422);
  const body = result.body as { message: string; errors: { code: string; description: string }[] };
  expect(body.message).toBe('Token request failed');
  expect(body.errors).toHaveLength(1);
  return body.errors[0]!;
}

describe('Trusted Publishing exchange (PYPI.md §1)', () => {
  it('mints a 900 s token for a GitHub token from the runner endpoint', async () => {
    const response = await fetch(`${issuer.requestUrl}&audience=pypi`, {
      headers: { authorization: `Bearer ${issuer.requestToken}` },
    });
    const { value } = (await response.json()) as { value: string };
    const result = await exchangeToken(JSON.stringify({ token: value }), deps);
    expect(result).toEqual({
      status: 200,
      body: { success: true, token: 'pypi-minted-1', expires: NOW + 900 },
    });
    expect(grants).toEqual([
      {
        publisher: 'github:octo/pkg/release.yml',
        projects: ['demo-pkg'],
        createProjects: [],
        expiresAt: NOW + 900,
      },
    ]);
  });

  it('accepts the body as parsed JSON, a string or bytes', async () => {
    const token = await issuer.sign({ aud: 'pypi' });
    expect((await exchangeToken(new TextEncoder().encode(JSON.stringify({ token })), deps)).status).toBe(200);
  });

  it.each([
    ['not JSON', '{token'],
    ['no token', { tok: 'x' }],
    ['a token that is not a string', { token: 42 }],
    ['a token that is not a JWT', { token: 'abc.def' }],
    ['an array', [1]],
  ])('answers invalid-payload to %s', async (_name, body) => {
    expect(refusal(await exchangeToken(body, deps)).code).toBe('invalid-payload');
  });

  it('answers not-enabled when Trusted Publishing is switched off, and the audience endpoint answers 403', async () => {
    deps.config = { ...deps.config, enabled: false };
    const error = refusal(await exchange());
    expect(error).toEqual({ code: 'not-enabled', description: expect.stringContaining('not enabled') });
    expect(audienceResponse(deps.config)).toEqual({ status: 403, body: { message: expect.any(String) } });
    expect(grants).toEqual([]);
  });

  it('answers the configured audience when enabled', () => {
    expect(audienceResponse(deps.config)).toEqual({ status: 200, body: { audience: 'pypi' } });
  });

  it('throws an internal fault, not a refusal, when the issuer cannot be reached', async () => {
    const gone = await startOidcIssuer();
    const token = await gone.sign({ aud: 'pypi' });
    await gone.close();
    const keys = createKeySource(gone.url);
    const config = { ...deps.config, issuer: gone.url };
    const error = await exchangeToken({ token }, { ...deps, config, keys }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KeySourceError);
    expect((error as KeySourceError).code).toBe('issuer-unreachable');
  });
});

describe('Trusted Publishing token verification: security (PYPI.md §1)', () => {
  async function publicKeyPem(): Promise<string> {
    const jwks = (await (await fetch(`${issuer.url}/.well-known/jwks`)).json()) as JSONWebKeySet;
    return exportSPKI((await importJWK(jwks.keys[0]!, 'RS256')) as CryptoKey);
  }

  it('refuses alg none', async () => {
    const error = refusal(await exchange({}, { alg: 'none' }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('RS256') });
  });

  it('refuses HS256 signed with the public key material (key confusion)', async () => {
    const secret = new TextEncoder().encode(await publicKeyPem());
    const error = refusal(await exchange({}, { alg: 'HS256', secret }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('"HS256"') });
  });

  it('refuses a signature by a key that is not the issuer’s, under the issuer’s kid', async () => {
    const other = await startOidcIssuer();
    const foreign = await other.sign({ aud: 'pypi' });
    await other.close();
    const [header, payload, signature] = foreign.split('.');
    const mine = (await issuer.sign({ aud: 'pypi' })).split('.');
    const forged = `${mine[0]}.${payload}.${signature}`;
    expect(header).not.toBe(mine[0]);
    expect(refusal(await exchangeToken({ token: forged }, deps))).toEqual({
      code: 'invalid-token',
      description: expect.stringContaining('signature'),
    });
  });

  it('refuses a token whose kid the issuer does not publish', async () => {
    const error = refusal(await exchange({}, { kid: 'not-a-key' }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('kid') });
  });

  it('refuses a wrong issuer', async () => {
    const error = refusal(await exchange({ iss: 'https://token.actions.githubusercontent.com' }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('iss') });
  });

  it('refuses a wrong audience', async () => {
    const error = refusal(await exchange({ aud: 'testpypi' }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('"testpypi"') });
  });

  it('refuses an audience given as an array, even one containing the audience', async () => {
    const error = refusal(await exchange({ aud: ['pypi'] as unknown as string }));
    expect(error.code).toBe('invalid-token');
  });

  it('refuses an expired token', async () => {
    const error = refusal(await exchange({ iat: NOW - 600, nbf: NOW - 600, exp: NOW - 300 }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('expired') });
  });

  it('refuses a token expired 31 s ago, beyond the 30 s leeway', async () => {
    expect(refusal(await exchange({ exp: NOW - 31 })).code).toBe('invalid-token');
  });

  it('accepts a token expired 29 s ago, within the 30 s leeway', async () => {
    expect((await exchange({ exp: NOW - 29 })).status).toBe(200);
  });

  it('refuses a token that is not yet valid (nbf 31 s ahead)', async () => {
    const error = refusal(await exchange({ nbf: NOW + 31 }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining('not valid yet') });
  });

  it('accepts nbf 29 s ahead, within the leeway', async () => {
    expect((await exchange({ nbf: NOW + 29 })).status).toBe(200);
  });

  it('refuses a token issued in the future beyond the leeway, judged by the injected clock', async () => {
    const token = await issuer.sign({ aud: 'pypi' });
    now = START_MS - 31_000;
    expect(refusal(await exchangeToken({ token }, deps))).toEqual({
      code: 'invalid-token',
      description: expect.stringContaining('not valid yet'),
    });
  });

  it('refuses iat 31 s in the future when the token has no nbf', async () => {
    const error = refusal(await exchange({ iat: NOW + 31 }, { omit: ['nbf'] }));
    expect(error).toEqual({
      code: 'invalid-token',
      description: expect.stringContaining('issued in the future'),
    });
  });

  it('accepts the same token when the index clock lags 29 s', async () => {
    const token = await issuer.sign({ aud: 'pypi' });
    now = START_MS - 29_000;
    expect((await exchangeToken({ token }, deps)).status).toBe(200);
  });

  it('refuses a token once its lifetime plus leeway has passed on the injected clock', async () => {
    const token = await issuer.sign({ aud: 'pypi' });
    now = START_MS + 331_000;
    expect(refusal(await exchangeToken({ token }, deps)).code).toBe('invalid-token');
  });

  it.each(['jti', 'exp', 'iat'] as const)('refuses a token without %s', async (claim) => {
    const error = refusal(await exchange({}, { omit: [claim] }));
    expect(error).toEqual({ code: 'invalid-token', description: expect.stringContaining(claim) });
  });

  it('refuses a replayed token: each jti is exchanged once', async () => {
    const token = await issuer.sign({ aud: 'pypi' });
    expect((await exchangeToken({ token }, deps)).status).toBe(200);
    const error = refusal(await exchangeToken({ token }, deps));
    expect(error).toEqual({
      code: 'invalid-reuse-token',
      description: expect.stringContaining('already used'),
    });
    expect(grants).toHaveLength(1);
  });

  it('remembers a jti only after the token verified and matched a publisher', async () => {
    expect(refusal(await exchange({ jti: 'once', repository_owner_id: '7' })).code).toBe('invalid-publisher');
    expect(refusal(await exchange({ jti: 'once', aud: 'testpypi' })).code).toBe('invalid-token');
    expect((await exchange({ jti: 'once' })).status).toBe(200);
    expect(refusal(await exchange({ jti: 'once' })).code).toBe('invalid-reuse-token');
  });
});
