import { jobClaims } from '@pypi-release/oidc-issuer';
import { MockAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_RETRY_POLICY,
  explainRefusal,
  indexEndpoints,
  PublishError,
  parseRetryAfter,
  silentLogger,
  trustedPublishingCredentials,
  workflowContext,
} from '../src/index';
import { recordingClock } from './support/stack';

const base = jobClaims({ repository: 'octo/pkg' });

describe('workflow context from the claims', () => {
  it('a top-level workflow', () => {
    expect(workflowContext(base)).toEqual({ kind: 'top-level', file: 'release.yml' });
  });
  it('a reusable workflow of the same repository', () => {
    const claims = jobClaims({
      repository: 'octo/pkg',
      reusableWorkflow: { repository: 'octo/pkg', file: 'publish.yml', ref: 'refs/tags/v1.0.0' },
    });
    expect(workflowContext(claims)).toMatchObject({
      kind: 'reusable-same-repository',
      callerFile: 'release.yml',
    });
  });
  it('a reusable workflow of another repository', () => {
    const claims = jobClaims({
      repository: 'octo/pkg',
      reusableWorkflow: { repository: 'org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
    });
    expect(workflowContext(claims)).toMatchObject({
      kind: 'reusable-other-repository',
      called: { repository: 'org/toolkit' },
    });
  });
});

describe('refusal explanations', () => {
  it.each([
    ['invalid-payload', 'bug of the publish client or the index'],
    ['not-enabled', 'Trusted Publishing is switched off'],
    ['invalid-token', 'the audience comes from its host'],
    ['invalid-pending-publisher', 'regular publisher of the existing project'],
    ['invalid-publisher', 'No trusted publisher on the index matches this job'],
    ['invalid-reuse-token', 'each token works once'],
  ])('%s is explained', (code, text) => {
    const message = explainRefusal([{ code, description: 'the index says why' }], base);
    expect(message).toContain(`- ${code}: the index says why`);
    expect(message).toContain(text);
    expect(message).toMatch(/repository_owner_id\s+1000001/);
  });
  it('a reusable workflow of the same repository: the publisher must name the called file', () => {
    const claims = jobClaims({
      repository: 'octo/pkg',
      reusableWorkflow: { repository: 'octo/pkg', file: 'publish.yml', ref: 'refs/tags/v1.0.0' },
    });
    const message = explainRefusal([{ code: 'invalid-publisher', description: 'x' }], claims);
    expect(message).toMatch(/workflow file:\s+publish\.yml/);
    expect(message).toContain('must name publish.yml (the called file)');
  });
});

describe('retry timing', () => {
  it('backs off exponentially with jitter, capped, and at least Retry-After', () => {
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 1, 0)).toBe(500);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 1, 0.999)).toBe(1000);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 3, 0.5)).toBe(3000);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 10, 1)).toBe(30_000);
    expect(backoffDelay(DEFAULT_RETRY_POLICY, 1, 0, 20_000)).toBe(20_000);
  });
  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('12', now)).toBe(12_000);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});

describe('audience discovery', () => {
  let agent: MockAgent | undefined;
  afterEach(async () => {
    await agent?.close();
    agent = undefined;
  });

  it('404: the index does not support Trusted Publishing', async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get('https://index.example')
      .intercept({ path: '/_/oidc/audience', method: 'GET' })
      .reply(404, 'Not Found');
    const error = await trustedPublishingCredentials({
      endpoints: indexEndpoints('https://index.example/legacy/'),
      getIdToken: async () => 'never',
      dispatcher: agent,
      clock: recordingClock(),
      policy: DEFAULT_RETRY_POLICY,
      logger: silentLogger,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).code).toBe('trusted-publishing-unsupported');
  });

  it('asks the upload host, and PyPI reads from pypi.org', () => {
    const pypi = indexEndpoints('https://upload.pypi.org/legacy/');
    expect(pypi.audienceUrl).toBe('https://upload.pypi.org/_/oidc/audience');
    expect(pypi.simpleUrl).toBe('https://pypi.org/simple/');
    expect(pypi.projectUrl('Demo.Pkg', '1.0')).toBe('https://pypi.org/project/demo-pkg/1.0/');
    expect(indexEndpoints('https://test.pypi.org/legacy/').simpleUrl).toBe('https://test.pypi.org/simple/');
  });
});
