import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, type JSONWebKeySet, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '../src/index';

const NOW = 1_800_000_000_000;

describe('OIDC issuer endpoints (PYPI.md §6)', () => {
  let issuer: OidcIssuer;

  beforeEach(async () => {
    issuer = await startOidcIssuer({ clock: () => NOW, requestToken: 'runner-secret' });
  });
  afterEach(async () => {
    await issuer.close();
  });

  async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.json() };
  }

  async function jwks(): Promise<JSONWebKeySet> {
    const discovery = (await getJson(`${issuer.url}/.well-known/openid-configuration`)).body as {
      jwks_uri: string;
    };
    return (await getJson(discovery.jwks_uri)).body as JSONWebKeySet;
  }

  function requestToken(audience?: string, bearer = 'runner-secret') {
    const url = audience === undefined ? issuer.requestUrl : `${issuer.requestUrl}&audience=${audience}`;
    return getJson(url, { headers: { authorization: `Bearer ${bearer}` } });
  }

  it('listens on loopback and serves a discovery document naming itself and RS256', async () => {
    expect(issuer.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(issuer.requestUrl).toBe(`${issuer.url}/token?api-version=2.0`);
    const { status, body } = await getJson(`${issuer.url}/.well-known/openid-configuration`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      issuer: issuer.url,
      jwks_uri: `${issuer.url}/.well-known/jwks`,
      id_token_signing_alg_values_supported: ['RS256'],
    });
    expect((body as { claims_supported: string[] }).claims_supported).toEqual(
      expect.arrayContaining(['job_workflow_ref', 'repository_owner_id', 'environment', 'jti']),
    );
  });

  it('publishes one RSA signing key with a kid', async () => {
    const { keys } = await jwks();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig', kid: expect.any(String) });
    expect(keys[0]).not.toHaveProperty('d');
  });

  it('issues an RS256 token for the current job with the requested audience', async () => {
    issuer.setJob(jobClaims({ repository: 'octo/pkg', environment: 'pypi' }));
    const { status, body } = await requestToken('pypi');
    expect(status).toBe(200);
    const token = (body as { value: string }).value;
    const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(await jwks()), {
      issuer: issuer.url,
      audience: 'pypi',
      currentDate: new Date(NOW),
    });
    expect(protectedHeader).toMatchObject({ alg: 'RS256', typ: 'JWT' });
    expect(payload).toMatchObject({
      repository: 'octo/pkg',
      environment: 'pypi',
      iat: NOW / 1000,
      nbf: NOW / 1000,
      exp: NOW / 1000 + 300,
    });
    expect(issuer.issuedCount).toBe(1);
  });

  it('gives every token its own jti', async () => {
    const first = decodeJwt(((await requestToken('pypi')).body as { value: string }).value);
    const second = decodeJwt(((await requestToken('pypi')).body as { value: string }).value);
    expect(first.jti).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.jti).not.toBe(first.jti);
    expect(issuer.issuedCount).toBe(2);
  });

  it('defaults the audience to the repository owner URL, as GitHub does', async () => {
    issuer.setJob(jobClaims({ repository: 'octo/pkg' }));
    const token = ((await requestToken()).body as { value: string }).value;
    expect(decodeJwt(token).aud).toBe('https://github.com/octo');
  });

  it('answers 401 JSON without the bearer token', async () => {
    const { status, body } = await getJson(`${issuer.requestUrl}&audience=pypi`);
    expect(status).toBe(401);
    expect(body).toEqual({ message: expect.stringContaining('missing') });
    expect(issuer.issuedCount).toBe(0);
  });

  it('answers 401 JSON to a wrong bearer token', async () => {
    const { status } = await requestToken('pypi', 'guess');
    expect(status).toBe(401);
    expect(issuer.issuedCount).toBe(0);
  });

  it('answers 404 JSON to an unknown path', async () => {
    expect(await getJson(`${issuer.url}/nothing`)).toEqual({
      status: 404,
      body: { message: expect.any(String) },
    });
  });

  it('keeps publishing the old key after a rotation and signs with the new one', async () => {
    const kid = await issuer.rotateKey();
    const { keys } = await jwks();
    expect(keys.map((key) => key.kid)).toContain(kid);
    expect(keys).toHaveLength(2);
    expect(decodeProtectedHeader(await issuer.sign({ aud: 'pypi' })).kid).toBe(kid);
  });
});

describe('OIDC issuer direct minting for negative tests', () => {
  let issuer: OidcIssuer;

  beforeEach(async () => {
    issuer = await startOidcIssuer({
      issuer: 'https://token.actions.githubusercontent.com',
      clock: () => NOW,
    });
  });
  afterEach(async () => {
    await issuer.close();
  });

  it('signs with a configured issuer name and lets claims be overridden', async () => {
    const token = await issuer.sign({ aud: 'pypi', exp: 1, repository: 'evil/pkg' });
    expect(decodeJwt(token)).toMatchObject({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'pypi',
      exp: 1,
      repository: 'evil/pkg',
    });
  });

  it('makes unsigned tokens with alg none', async () => {
    const token = await issuer.sign({ aud: 'pypi' }, { alg: 'none' });
    expect(token.endsWith('.')).toBe(true);
    expect(decodeProtectedHeader(token).alg).toBe('none');
  });

  it('makes HS256 tokens with a given secret, and refuses HS256 without one', async () => {
    const token = await issuer.sign({ aud: 'pypi' }, { alg: 'HS256', secret: new TextEncoder().encode('k') });
    expect(decodeProtectedHeader(token).alg).toBe('HS256');
    await expect(issuer.sign({ aud: 'pypi' }, { alg: 'HS256' })).rejects.toThrow(/secret/);
  });

  it('overrides or drops the kid and drops claims', async () => {
    expect(decodeProtectedHeader(await issuer.sign({ aud: 'pypi' }, { kid: 'other' })).kid).toBe('other');
    expect(decodeProtectedHeader(await issuer.sign({ aud: 'pypi' }, { kid: null }))).not.toHaveProperty(
      'kid',
    );
    const token = await issuer.sign({ aud: 'pypi' }, { omit: ['jti', 'repository_owner_id'] });
    expect(decodeJwt(token)).not.toHaveProperty('jti');
    expect(decodeJwt(token)).not.toHaveProperty('repository_owner_id');
  });
});
