import * as core from '@actions/core';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '../src/index';

const VARIABLES = ['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'] as const;

describe('@actions/core getIDToken against the issuer (PYPI.md §6)', () => {
  let issuer: OidcIssuer;
  const saved = new Map<string, string | undefined>();

  beforeEach(async () => {
    issuer = await startOidcIssuer();
    for (const name of VARIABLES) saved.set(name, process.env[name]);
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = issuer.requestUrl;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = issuer.requestToken;
    // core.setSecret and core.debug write workflow commands to stdout.
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    for (const [name, value] of saved) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await issuer.close();
  });

  it('returns a token that verifies against the published JWKS', async () => {
    issuer.setJob(jobClaims({ repository: 'octo/pkg', environment: 'pypi' }));
    const token = await core.getIDToken('pypi');
    const jwks = createRemoteJWKSet(new URL(`${issuer.url}/.well-known/jwks`));
    const { payload } = await jwtVerify(token, jwks, {
      issuer: issuer.url,
      audience: 'pypi',
      algorithms: ['RS256'],
    });
    expect(payload).toMatchObject({
      repository: 'octo/pkg',
      environment: 'pypi',
      job_workflow_ref: 'octo/pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
    });
    expect(issuer.issuedCount).toBe(1);
  });

  it('fails when the request token is wrong', async () => {
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'not-the-token';
    await expect(core.getIDToken('pypi')).rejects.toThrow(/401/);
    expect(issuer.issuedCount).toBe(0);
  });
});
