import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexEndpoints, PublishError, trustedPublishingCredentials } from '../src/index';
import { recordingClock, recordingLogger } from './support/stack';

const ORIGIN = 'https://upload.index.example';
let agent: MockAgent;
let issued: string[];

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  issued = [];
  agent.get(ORIGIN).intercept({ path: '/_/oidc/audience', method: 'GET' }).reply(200, { audience: 'pypi' });
});
afterEach(async () => {
  await agent.close();
});

function credentials() {
  return trustedPublishingCredentials({
    endpoints: indexEndpoints(`${ORIGIN}/legacy/`),
    getIdToken: async (audience) => {
      const claims = Buffer.from(
        JSON.stringify({ aud: audience, jti: `j${issued.length}`, repository: 'o/r' }),
      ).toString('base64url');
      const jwt = `eyJhbGciOiJSUzI1NiJ9.${claims}.sig`;
      issued.push(jwt);
      return jwt;
    },
    dispatcher: agent,
    clock: recordingClock(),
    policy: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10, maxTotalMs: 1000 },
    logger: recordingLogger(),
  });
}

describe('token exchange', () => {
  it('retries a 503 from mint-token with a fresh GitHub token each time', async () => {
    const pool = agent.get(ORIGIN);
    const bodies: string[] = [];
    pool.intercept({ path: '/_/oidc/mint-token', method: 'POST' }).reply((request) => {
      bodies.push(String(request.body));
      return { statusCode: 503, data: 'busy' };
    });
    pool.intercept({ path: '/_/oidc/mint-token', method: 'POST' }).reply((request) => {
      bodies.push(String(request.body));
      const expires = Math.floor(Date.now() / 1000) + 900;
      return { statusCode: 200, data: { success: true, token: 'pypi-minted', expires } };
    });
    const creds = await credentials();
    expect(await creds.authorization(`${ORIGIN}/legacy/`)).toBe(
      `Basic ${Buffer.from('__token__:pypi-minted').toString('base64')}`,
    );
    expect(issued).toHaveLength(2);
    expect(bodies.map((b) => (JSON.parse(b) as { token: string }).token)).toEqual(issued);
  });

  it.each([
    ['not-enabled', 'Trusted Publishing is switched off on this index'],
    ['invalid-payload', 'bug of the publish client or the index'],
  ])('explains a 422 %s', async (code, text) => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/_/oidc/mint-token', method: 'POST' })
      .reply(422, { message: 'Token request failed', errors: [{ code, description: 'said the index' }] });
    const error = (await credentials().catch((e: unknown) => e)) as PublishError;
    expect(error).toBeInstanceOf(PublishError);
    expect(error.code).toBe('token-exchange-refused');
    expect(error.message).toContain(`- ${code}: said the index`);
    expect(error.message).toContain(text);
    expect(error.message).toMatch(/repository\s+o\/r/);
  });

  it('the upload token goes to its own origin only', async () => {
    agent
      .get(ORIGIN)
      .intercept({ path: '/_/oidc/mint-token', method: 'POST' })
      .reply(200, { success: true, token: 'pypi-minted', expires: Math.floor(Date.now() / 1000) + 900 });
    const creds = await credentials();
    for (const lookalike of [
      'https://upload.index.example.evil.test/legacy/',
      'http://upload.index.example/legacy/',
      'https://upload.index.example:8443/legacy/',
    ]) {
      await expect(creds.authorization(lookalike)).rejects.toMatchObject({ code: 'token-origin-mismatch' });
    }
  });
});
