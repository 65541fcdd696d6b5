import { describe, expect, it } from 'vitest';
import { githubPublisherSchema, trustedPublishingConfigSchema } from '../src/oidc';

const PUBLISHER = {
  repository: 'octo/pkg',
  repositoryOwnerId: '42',
  workflow: 'release.yml',
  projects: ['demo'],
};

describe('trusted publishing configuration', () => {
  it('defaults to PyPI’s issuer and audience, enabled', () => {
    expect(trustedPublishingConfigSchema.parse({ publishers: [PUBLISHER] })).toEqual({
      enabled: true,
      issuer: 'https://token.actions.githubusercontent.com',
      audience: 'pypi',
      publishers: [PUBLISHER],
    });
  });

  it('accepts a loopback issuer and a pending publisher with an environment', () => {
    const publisher = { ...PUBLISHER, environment: 'pypi', pending: true };
    const config = trustedPublishingConfigSchema.parse({
      issuer: 'http://127.0.0.1:4000',
      publishers: [publisher],
    });
    expect(config.publishers[0]).toEqual(publisher);
  });

  it.each([
    ['a workflow path instead of a file name', { workflow: '.github/workflows/release.yml' }],
    ['a workflow that is not YAML', { workflow: 'release' }],
    ['a repository without owner', { repository: 'pkg' }],
    ['a non-numeric owner id', { repositoryOwnerId: 'octo' }],
    ['no projects', { projects: [] }],
    ['an unknown key', { workflowFile: 'x.yml' }],
  ])('refuses %s', (_name, change) => {
    expect(githubPublisherSchema.safeParse({ ...PUBLISHER, ...change }).success).toBe(false);
  });

  it('refuses an issuer that is not a URL', () => {
    expect(trustedPublishingConfigSchema.safeParse({ issuer: 'github' }).success).toBe(false);
  });
});
