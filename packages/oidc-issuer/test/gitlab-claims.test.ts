import { describe, expect, it } from 'vitest';
import { gitlabClaims, startOidcIssuer } from '../src/index';

describe('GitLab-shaped ID tokens', () => {
  it('derives sub, ref_path and ci_config_ref_uri from one job, as GitLab does', () => {
    const claims = gitlabClaims({ projectPath: 'group/sub/tool', ciConfigPath: 'ci/release.yml', ref: 'v2' });
    expect(claims).toMatchObject({
      sub: 'project_path:group/sub/tool:ref_type:tag:ref:v2',
      namespace_path: 'group/sub',
      project_path: 'group/sub/tool',
      ref: 'v2',
      ref_type: 'tag',
      ref_path: 'refs/tags/v2',
      ci_config_ref_uri: 'gitlab.com/group/sub/tool//ci/release.yml@refs/tags/v2',
    });
    expect(claims).not.toHaveProperty('environment');
    const branch = gitlabClaims({ projectPath: 'g/p', refType: 'branch', ref: 'main', environment: 'pypi' });
    expect(branch.ci_config_ref_uri).toBe('gitlab.com/g/p//.gitlab-ci.yml@refs/heads/main');
    expect(branch).toMatchObject({ environment: 'pypi', deployment_tier: 'production' });
  });

  it('rejects a project path without a namespace', () => {
    expect(() => gitlabClaims({ projectPath: 'tool' })).toThrow(/namespace\/project/);
  });

  it('signs them with iss https://gitlab.com and a discovery document naming that issuer', async () => {
    const issuer = await startOidcIssuer({
      issuer: 'https://gitlab.com',
      job: gitlabClaims({ projectPath: 'g/p' }),
    });
    try {
      const token = await issuer.sign({ aud: 'pypi' });
      const payload = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8'));
      expect(payload).toMatchObject({ iss: 'https://gitlab.com', aud: 'pypi', project_path: 'g/p' });
      expect(typeof payload.jti).toBe('string');
      const discovery = (await (await fetch(`${issuer.url}/.well-known/openid-configuration`)).json()) as {
        issuer: string;
      };
      expect(discovery.issuer).toBe('https://gitlab.com');
    } finally {
      await issuer.close();
    }
  });
});
