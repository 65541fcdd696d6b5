import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { errors, type FlattenedJWSInput } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKeySource, KeySourceError } from '../src/oidc';

const TOKEN: FlattenedJWSInput = { payload: '', signature: '', protected: '' };

describe('issuer key source', () => {
  let issuer: OidcIssuer;
  let now: number;
  let requests: string[];
  const countingFetch: typeof fetch = (input, init) => {
    requests.push(new URL(String(input)).pathname);
    return fetch(input, init);
  };

  beforeEach(async () => {
    issuer = await startOidcIssuer();
    now = 1_800_000_000_000;
    requests = [];
  });
  afterEach(async () => {
    await issuer.close();
  });

  function source(options: { cacheSeconds?: number } = {}) {
    return createKeySource(issuer.url, { fetch: countingFetch, clock: () => now, ...options });
  }

  async function currentKid(): Promise<string> {
    const token = await issuer.sign({ aud: 'x' });
    return JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString()).kid;
  }

  it('reads the discovery document, then the JWKS it names, and caches the keys', async () => {
    const keys = source();
    const kid = await currentKid();
    expect(await keys.getKey({ alg: 'RS256', kid }, TOKEN)).toMatchObject({ type: 'public' });
    await keys.getKey({ alg: 'RS256', kid }, TOKEN);
    expect(requests).toEqual(['/.well-known/openid-configuration', '/.well-known/jwks']);
  });

  it('fetches the keys again once the cache has expired', async () => {
    const keys = source({ cacheSeconds: 60 });
    const kid = await currentKid();
    await keys.getKey({ alg: 'RS256', kid }, TOKEN);
    now += 61_000;
    await keys.getKey({ alg: 'RS256', kid }, TOKEN);
    expect(requests).toHaveLength(4);
  });

  it('refetches once for an unknown kid and finds a rotated key', async () => {
    const keys = source();
    await keys.getKey({ alg: 'RS256', kid: await currentKid() }, TOKEN);
    const rotated = await issuer.rotateKey();
    now += 31_000;
    expect(await keys.getKey({ alg: 'RS256', kid: rotated }, TOKEN)).toMatchObject({ type: 'public' });
    expect(requests).toHaveLength(4);
  });

  it('fails for an unknown kid after one refetch, and does not refetch again within the cooldown', async () => {
    const keys = source();
    await keys.getKey({ alg: 'RS256', kid: await currentKid() }, TOKEN);
    now += 31_000;
    await expect(keys.getKey({ alg: 'RS256', kid: 'unknown' }, TOKEN)).rejects.toBeInstanceOf(
      errors.JWKSNoMatchingKey,
    );
    expect(requests).toHaveLength(4);
    now += 10_000;
    await expect(keys.getKey({ alg: 'RS256', kid: 'unknown' }, TOKEN)).rejects.toBeInstanceOf(
      errors.JWKSNoMatchingKey,
    );
    expect(requests).toHaveLength(4);
  });

  it('refuses a discovery document that names another issuer', async () => {
    const impostor = await startOidcIssuer({ issuer: 'https://token.actions.githubusercontent.com' });
    const keys = createKeySource(impostor.url);
    const error = await keys.getKey({ alg: 'RS256' }, TOKEN).catch((e: unknown) => e);
    await impostor.close();
    expect(error).toBeInstanceOf(KeySourceError);
    expect(error).toMatchObject({ code: 'issuer-mismatch' });
  });

  it('reports an unreachable issuer as an internal fault', async () => {
    const keys = source();
    await issuer.close();
    await expect(keys.getKey({ alg: 'RS256' }, TOKEN)).rejects.toMatchObject({ code: 'issuer-unreachable' });
    issuer = await startOidcIssuer();
  });
});
