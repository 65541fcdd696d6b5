import { describe, expect, it } from 'vitest';
import { defaultAudience, jobClaims } from '../src/index';

describe('job claims (PYPI.md §6)', () => {
  it('describes a plain release job: workflow_ref and job_workflow_ref name the same file', () => {
    const claims = jobClaims({ repository: 'octo/pkg', ownerId: '42', sha: 'abc' });
    expect(claims).toMatchObject({
      repository: 'octo/pkg',
      repository_owner: 'octo',
      repository_owner_id: '42',
      ref: 'refs/tags/v1.0.0',
      ref_type: 'tag',
      sha: 'abc',
      event_name: 'push',
      workflow_ref: 'octo/pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
      job_workflow_ref: 'octo/pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
      job_workflow_sha: 'abc',
      sub: 'repo:octo/pkg:ref:refs/tags/v1.0.0',
    });
    expect(claims).not.toHaveProperty('environment');
  });

  it('puts the environment in the claims and in sub only when the job names one', () => {
    const claims = jobClaims({ repository: 'octo/pkg', environment: 'pypi' });
    expect(claims.environment).toBe('pypi');
    expect(claims.sub).toBe('repo:octo/pkg:environment:pypi');
  });

  it('uses the branch ref in sub and ref_type for a branch push', () => {
    const claims = jobClaims({ repository: 'octo/pkg', ref: 'refs/heads/main' });
    expect(claims.sub).toBe('repo:octo/pkg:ref:refs/heads/main');
    expect(claims.ref_type).toBe('branch');
  });

  it('names the called file in job_workflow_ref inside a reusable workflow of another repository (PYPI.md §1)', () => {
    const claims = jobClaims({
      repository: 'octo/pkg',
      workflow: 'ci.yml',
      reusableWorkflow: { repository: 'org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
    });
    expect(claims.workflow_ref).toBe('octo/pkg/.github/workflows/ci.yml@refs/tags/v1.0.0');
    expect(claims.job_workflow_ref).toBe('org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1');
    expect(claims.job_workflow_sha).not.toBe(claims.sha);
  });

  it('keeps the caller sha for a reusable workflow of the same repository at the same ref', () => {
    const claims = jobClaims({
      repository: 'octo/pkg',
      reusableWorkflow: { repository: 'octo/pkg', file: 'publish.yml', ref: 'refs/tags/v1.0.0' },
    });
    expect(claims.job_workflow_ref).toBe('octo/pkg/.github/workflows/publish.yml@refs/tags/v1.0.0');
    expect(claims.job_workflow_sha).toBe(claims.sha);
  });

  it('refuses a repository that is not owner/repo', () => {
    expect(() => jobClaims({ repository: 'pkg' })).toThrow(/owner\/repo/);
    expect(() => jobClaims({ repository: 'a/b/c' })).toThrow(/owner\/repo/);
  });

  it('defaults the audience to the owner URL, as GitHub does', () => {
    expect(defaultAudience(jobClaims({ repository: 'octo/pkg' }))).toBe('https://github.com/octo');
  });
});
