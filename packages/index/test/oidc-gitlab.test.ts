import { gitlabClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workflowFilepathOf } from '../src/oidc/index';
import { startTestIndex, type TestIndex } from './support/test-index';

const GITLAB = 'https://gitlab.com';

async function mint(index: TestIndex, token: string) {
  const res = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token }),
  });
  return {
    status: res.status,
    body: (await res.json()) as { errors?: { code: string; description: string }[] },
  };
}

describe('GitLab trusted publishers (Warehouse warehouse/oidc/models/gitlab.py)', () => {
  let issuer: OidcIssuer;
  let index: TestIndex;
  beforeAll(async () => {
    issuer = await startOidcIssuer({
      issuer: GITLAB,
      job: gitlabClaims({
        projectPath: 'corp/tools/corp-lib',
        ciConfigPath: 'ci/release.yml',
        environment: 'pypi',
      }),
    });
    index = await startTestIndex({
      trustedPublishing: {
        issuer: 'https://token.actions.githubusercontent.com',
        gitlab: { issuer: GITLAB, discoveryUrl: issuer.url },
        publishers: [
          {
            kind: 'gitlab',
            namespace: 'corp/tools',
            project: 'corp-lib',
            workflowFilepath: 'ci/release.yml',
            environment: 'pypi',
            projects: ['corp-lib'],
            pending: true,
          },
        ],
      },
    });
  });
  afterAll(async () => {
    await index?.dispose();
    await issuer?.close();
  });

  it('extracts the pipeline file of ci_config_ref_uri as Warehouse does', () => {
    expect(workflowFilepathOf('gitlab.com/a/b//ci/release.yml@refs/tags/v1')).toBe('ci/release.yml');
    expect(workflowFilepathOf('gitlab.com/a/b//.gitlab-ci.yml@refs/heads/main')).toBe('.gitlab-ci.yml');
    expect(workflowFilepathOf('gitlab.com/a/b//ci/.yml@refs/heads/main')).toBeUndefined();
    expect(workflowFilepathOf('gitlab.com/a/b/ci/release.yml@x')).toBeUndefined();
  });

  it('mints a token for a matching GitLab job (project path compared case-insensitively)', async () => {
    const token = await issuer.sign({ aud: 'pypi', project_path: 'Corp/Tools/Corp-Lib' });
    const answer = await mint(index, token);
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });

  const refusals: Array<[string, Record<string, string>, RegExp]> = [
    [
      'another project',
      { project_path: 'corp/tools/other' },
      /project_path: the token says "corp\/tools\/other", the publisher expects "corp\/tools\/corp-lib"/,
    ],
    [
      'another pipeline file',
      { ci_config_ref_uri: 'gitlab.com/corp/tools/corp-lib//.gitlab-ci.yml@refs/tags/v1.0.0' },
      /pipeline file is "\.gitlab-ci\.yml", the publisher names "ci\/release\.yml"/,
    ],
    [
      'another environment',
      { environment: 'Pypi' },
      /environment: the publisher requires "pypi" \(compared exactly\), the token says "Pypi"/,
    ],
    [
      'a ref that is neither ref_path nor sha',
      { ci_config_ref_uri: 'gitlab.com/corp/tools/corp-lib//ci/release.yml@refs/heads/evil' },
      /ci_config_ref_uri: expected one of \["gitlab\.com\/corp\/tools\/corp-lib\/\/ci\/release\.yml@refs\/tags\/v1\.0\.0"/,
    ],
    [
      'another instance in ci_config_ref_uri',
      { ci_config_ref_uri: 'gitlab.example.org/corp/tools/corp-lib//ci/release.yml@refs/tags/v1.0.0' },
      /ci_config_ref_uri: expected one of/,
    ],
    [
      'a sub of another project',
      { sub: 'project_path:corp/tools/other:ref_type:tag:ref:v1.0.0' },
      /sub: the token says/,
    ],
  ];
  for (const [what, claims, reason] of refusals) {
    it(`refuses ${what} with invalid-publisher naming the claim`, async () => {
      const answer = await mint(index, await issuer.sign({ aud: 'pypi', ...claims }));
      expect(answer.status).toBe(422);
      expect(answer.body.errors?.[0]?.code).toBe('invalid-publisher');
      expect(answer.body.errors?.[0]?.description).toMatch(reason);
    });
  }

  it('refuses a token without ref_path as a missing claim', async () => {
    const answer = await mint(index, await issuer.sign({ aud: 'pypi' }, { omit: ['ref_path'] }));
    expect(answer.body.errors?.[0]?.description).toContain("Missing claim 'ref_path'");
  });

  it('refuses a GitLab-shaped token signed with a key the GitLab issuer does not publish', async () => {
    const other = await startOidcIssuer({
      issuer: GITLAB,
      job: gitlabClaims({ projectPath: 'corp/tools/corp-lib' }),
    });
    try {
      const answer = await mint(index, await other.sign({ aud: 'pypi' }));
      expect(answer.status).toBe(422);
      expect(answer.body.errors?.[0]?.code).toBe('invalid-token');
    } finally {
      await other.close();
    }
  });
});
