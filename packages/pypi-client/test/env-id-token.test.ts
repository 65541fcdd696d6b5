import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { envIdTokenProvider, PublishError } from '../src/index';
import { recordingClock } from './support/stack';

// The runner's ID token endpoint (PYPI.md §6): GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=…, bearer the request token.
const ORIGIN = 'https://pipelines.actions.example';
const env = {
  ACTIONS_ID_TOKEN_REQUEST_URL: `${ORIGIN}/idtoken/run?api-version=2.0`,
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'request-token-secret',
};
const POLICY = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 10, maxTotalMs: 1000 };
let agent: MockAgent;

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterEach(async () => {
  await agent.close();
});

function intercept(status: number, data: unknown) {
  const seen: { path: string; authorization: string | undefined }[] = [];
  agent
    .get(ORIGIN)
    .intercept({ path: (path) => path.startsWith('/idtoken/run'), method: 'GET' })
    .reply((request) => {
      const headers = request.headers as Record<string, string>;
      seen.push({ path: request.path, authorization: headers.authorization });
      return { statusCode: status, data: data as string };
    });
  return seen;
}

describe('envIdTokenProvider', () => {
  it('asks for the audience with the request token as a bearer', async () => {
    const seen = intercept(200, { value: 'eyJ.id.token' });
    const token = await envIdTokenProvider(env, agent)('pypi');
    expect(token).toBe('eyJ.id.token');
    expect(seen).toEqual([
      { path: '/idtoken/run?api-version=2.0&audience=pypi', authorization: 'Bearer request-token-secret' },
    ]);
  });

  it('retries a 503 and a 502 (as @actions/core does), telling each retry', async () => {
    intercept(503, 'busy');
    intercept(502, 'bad gateway');
    intercept(200, { value: 'eyJ.third' });
    const retries: string[] = [];
    const provider = envIdTokenProvider(env, agent, {
      policy: POLICY,
      clock: recordingClock(),
      onRetry: (m) => retries.push(m),
    });
    expect(await provider('sigstore')).toBe('eyJ.third');
    expect(retries).toHaveLength(2);
    expect(retries[0]).toMatch(/^GET the runner's ID token \(audience sigstore\): 503 .*attempt 2 of 3/);
  });

  it('gives up after the policy, as id-token-unavailable, without the request token in the message', async () => {
    for (let i = 0; i < 3; i++) intercept(503, 'busy');
    const provider = envIdTokenProvider(env, agent, { policy: POLICY, clock: recordingClock() });
    const error = await provider('pypi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect(error).toMatchObject({ code: 'id-token-unavailable' });
    expect((error as Error).message).toMatch(/gave up after 3 attempts\. GitHub's token service is failing/);
    expect((error as Error).message).not.toContain('request-token-secret');
  });

  it('does not retry a refusal, nor an answer without a token', async () => {
    intercept(401, 'bad credentials');
    const provider = envIdTokenProvider(env, agent, { policy: POLICY, clock: recordingClock() });
    await expect(provider('pypi')).rejects.toMatchObject({
      code: 'id-token-unavailable',
      message: expect.stringMatching(/answered 401/),
    });
    intercept(200, { nothing: true });
    await expect(provider('pypi')).rejects.toMatchObject({
      code: 'id-token-unavailable',
      message: "the runner's ID token endpoint sent no token",
    });
    intercept(200, 'not json');
    await expect(provider('pypi')).rejects.toMatchObject({ code: 'id-token-unavailable' });
  });

  it('says what is missing when the job has no id-token: write', () => {
    expect(() => envIdTokenProvider({}, agent)).toThrow(/permissions: id-token: write/);
  });
});
