import {
  type JobClaims,
  type JobClaimsInput,
  jobClaims,
  type OidcIssuer,
  startOidcIssuer,
  type TokenClaims,
} from '@pypi-release/oidc-issuer';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  createKeySource,
  type ExchangeDeps,
  type ExchangeResult,
  exchangeToken,
  type GithubPublisher,
  type TokenGrant,
  trustedPublishingConfigSchema,
} from '../src/oidc';

const PUBLISHER: GithubPublisher = {
  repository: 'octo/pkg',
  repositoryOwnerId: '42',
  workflow: 'release.yml',
  environment: 'pypi',
  projects: ['demo'],
};
const JOB: JobClaimsInput = { repository: 'octo/pkg', ownerId: '42', environment: 'pypi' };

let issuer: OidcIssuer;
let grants: TokenGrant[];
let existing: Set<string>;
let usedJtis: Set<string>;

beforeAll(async () => {
  issuer = await startOidcIssuer();
});
afterAll(async () => {
  await issuer.close();
});

beforeEach(() => {
  grants = [];
  existing = new Set(['demo']);
  usedJtis = new Set();
});
function depsFor(publishers: GithubPublisher[]): ExchangeDeps {
  return {
    config: trustedPublishingConfigSchema.parse({ issuer: issuer.url, publishers }),
    keys: createKeySource(issuer.url),
    clock: Date.now,
    jti: { claim: (jti) => !usedJtis.has(jti) && usedJtis.add(jti) !== undefined },
    projectExists: (name) => existing.has(name),
    createdBy: (publisher, name) =>
      grants.some((g) => g.publisher === publisher && g.createProjects.includes(name)),
    issueToken: (grant) => {
      grants.push(grant);
      for (const name of grant.createProjects) existing.add(name);
      return 'pypi-minted';
    },
  };
}

async function exchange(
  job: JobClaims,
  publishers: GithubPublisher[] = [PUBLISHER],
  overrides: Partial<TokenClaims> = {},
): Promise<ExchangeResult> {
  issuer.setJob(job);
  const token = await issuer.sign({ aud: 'pypi', ...overrides });
  return exchangeToken({ token }, depsFor(publishers));
}

function refusal(result: ExchangeResult): { code: string; description: string } {
  expect(result.status).toBe(422);
  const error = (result.body as { errors: { code: string; description: string }[] }).errors[0];
  return error!;
}

describe('publisher matching (PYPI.md §1 "Which claims PyPI checks")', () => {
  it('accepts the configured repository, owner, owner id, workflow file and environment', async () => {
    expect((await exchange(jobClaims(JOB))).status).toBe(200);
    expect(grants[0]).toMatchObject({ publisher: 'github:octo/pkg/release.yml@pypi', projects: ['demo'] });
  });

  it('refuses another repository, naming the repository claim', async () => {
    const error = refusal(await exchange(jobClaims({ ...JOB, repository: 'octo/other' })));
    expect(error.code).toBe('invalid-publisher');
    expect(error.description).toMatch(
      /^valid token, but no corresponding publisher \(repository: .*"octo\/other"/,
    );
  });

  it('matches the repository case-insensitively', async () => {
    expect(
      (
        await exchange(jobClaims({ ...JOB, repository: 'Octo/PKG' }), [PUBLISHER], {
          repository_owner: 'octo',
        })
      ).status,
    ).toBe(200);
  });

  it('compares repository_owner exactly, telling the user to use GitHub’s spelling', async () => {
    const error = refusal(await exchange(jobClaims(JOB), [{ ...PUBLISHER, repository: 'OCTO/pkg' }]));
    expect(error.description).toContain(
      'repository_owner: the token says "octo", the publisher expects "OCTO"',
    );
    expect(error.description).toContain('spelling');
  });

  it('refuses a repository_owner that differs from the publisher’s owner', async () => {
    const error = refusal(await exchange(jobClaims(JOB), [PUBLISHER], { repository_owner: 'mallory' }));
    expect(error).toEqual({
      code: 'invalid-publisher',
      description: expect.stringContaining('repository_owner:'),
    });
  });

  it('refuses another repository_owner_id (an owner account re-created under the same name)', async () => {
    const error = refusal(await exchange(jobClaims({ ...JOB, ownerId: '43' })));
    expect(error).toEqual({
      code: 'invalid-publisher',
      description: expect.stringContaining('repository_owner_id'),
    });
  });

  it('refuses another workflow file, naming both files', async () => {
    const error = refusal(await exchange(jobClaims({ ...JOB, workflow: 'ci.yml' })));
    expect(error.code).toBe('invalid-publisher');
    expect(error.description).toContain(
      'job_workflow_ref: the job runs workflow ci.yml, the publisher names release.yml',
    );
  });

  it('refuses another environment when the publisher names one', async () => {
    const error = refusal(await exchange(jobClaims({ ...JOB, environment: 'staging' })));
    expect(error).toEqual({
      code: 'invalid-publisher',
      description: expect.stringContaining('environment:'),
    });
  });

  it('refuses a job without environment when the publisher names one', async () => {
    const { environment: _, ...noEnvironment } = JOB;
    const error = refusal(await exchange(jobClaims(noEnvironment)));
    expect(error.description).toContain('the job declares no environment');
  });

  it('compares the environment case-insensitively', async () => {
    expect((await exchange(jobClaims({ ...JOB, environment: 'PyPI' }))).status).toBe(200);
  });

  it('accepts any environment when the publisher names none', async () => {
    const { environment: _, ...anyEnvironment } = PUBLISHER;
    expect((await exchange(jobClaims({ ...JOB, environment: 'whatever' }), [anyEnvironment])).status).toBe(
      200,
    );
  });

  it('refuses tokens from pull_request_target runs', async () => {
    const error = refusal(await exchange(jobClaims({ ...JOB, eventName: 'pull_request_target' })));
    expect(error).toEqual({
      code: 'invalid-publisher',
      description: expect.stringContaining('pull_request_target'),
    });
  });

  it.each(['ref', 'sha'] as const)('refuses a token without %s', async (claim) => {
    issuer.setJob(jobClaims(JOB));
    const token = await issuer.sign({ aud: 'pypi' }, { omit: [claim] });
    const error = refusal(await exchangeToken({ token }, depsFor([PUBLISHER])));
    expect(error).toEqual({
      code: 'invalid-publisher',
      description: expect.stringContaining(`${claim} claim`),
    });
  });

  it('accepts job_workflow_ref pinned to the sha claim', async () => {
    const job = jobClaims(JOB);
    const overrides = { job_workflow_ref: `octo/pkg/.github/workflows/release.yml@${job.sha}` };
    expect((await exchange(job, [PUBLISHER], overrides)).status).toBe(200);
  });

  it('refuses job_workflow_ref at a ref that is neither the ref nor the sha claim', async () => {
    const overrides = { job_workflow_ref: 'octo/pkg/.github/workflows/release.yml@refs/heads/evil' };
    const error = refusal(await exchange(jobClaims(JOB), [PUBLISHER], overrides));
    expect(error.description).toContain('neither the ref nor the sha');
  });
});

describe('reusable workflows (PYPI.md §1 "Reusable workflows")', () => {
  it('refuses a job in a reusable workflow of another repository, saying so', async () => {
    const job = jobClaims({
      ...JOB,
      reusableWorkflow: { repository: 'org/toolkit', file: 'release.yml', ref: 'refs/tags/v1' },
    });
    const error = refusal(await exchange(job));
    expect(error.code).toBe('invalid-publisher');
    expect(error.description).toContain("job_workflow_ref names another repository's workflow");
    expect(error.description).toContain('org/toolkit/.github/workflows/release.yml@refs/tags/v1');
  });

  it('refuses it even when a publisher names the called file and the toolkit repository', async () => {
    const job = jobClaims({
      ...JOB,
      reusableWorkflow: { repository: 'org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
    });
    const toolkit = { ...PUBLISHER, repository: 'org/toolkit', workflow: 'pypi-release.yml' };
    expect(refusal(await exchange(job, [PUBLISHER, toolkit])).code).toBe('invalid-publisher');
  });

  it('accepts a reusable workflow of the same repository when the publisher names the called file', async () => {
    const job = jobClaims({
      ...JOB,
      workflow: 'release.yml',
      reusableWorkflow: { repository: 'octo/pkg', file: 'publish.yml', ref: 'refs/tags/v1.0.0' },
    });
    expect((await exchange(job, [{ ...PUBLISHER, workflow: 'publish.yml' }])).status).toBe(200);
  });

  it('refuses it when the publisher names the caller’s file, explaining which file to name', async () => {
    const job = jobClaims({
      ...JOB,
      workflow: 'release.yml',
      reusableWorkflow: { repository: 'octo/pkg', file: 'publish.yml', ref: 'refs/tags/v1.0.0' },
    });
    const error = refusal(await exchange(job));
    expect(error.description).toContain('publish.yml is a reusable workflow called by release.yml');
  });
});

describe('pending publishers and grants (PYPI.md §1)', () => {
  const PENDING: GithubPublisher = { ...PUBLISHER, projects: ['New.Project'], pending: true };

  it('lets a pending publisher create its project', async () => {
    expect((await exchange(jobClaims(JOB), [PENDING])).status).toBe(200);
    expect(grants).toEqual([
      {
        publisher: 'github:octo/pkg/release.yml@pypi',
        projects: ['new-project'],
        createProjects: ['new-project'],
        expiresAt: expect.any(Number),
      },
    ]);
  });

  it('refuses a pending publisher whose project already exists, without using up the token', async () => {
    existing.add('new-project');
    const error = refusal(await exchange(jobClaims(JOB), [PENDING]));
    expect(error).toEqual({
      code: 'invalid-pending-publisher',
      description: expect.stringContaining('new-project'),
    });
    expect(usedJtis.size).toBe(0);
    expect(grants).toEqual([]);
  });

  it('keeps working for the publisher that created the project: re-runs and later releases', async () => {
    expect((await exchange(jobClaims(JOB), [PENDING])).status).toBe(200);
    const again = await exchange(jobClaims(JOB), [PENDING]);
    expect(again.status).toBe(200);
    expect(grants[1]).toMatchObject({ projects: ['new-project'], createProjects: [] });
  });

  it('grants every project of the entries that describe the same publisher, normalised', async () => {
    const second = { ...PUBLISHER, projects: ['Other_Project', 'demo'] };
    expect((await exchange(jobClaims(JOB), [PUBLISHER, second])).status).toBe(200);
    expect(grants[0]?.projects).toEqual(['demo', 'other-project']);
  });

  it('prefers the publisher that names the environment over one that names none, as PyPI does', async () => {
    const { environment: _, ...anyEnvironment } = PUBLISHER;
    const broad = { ...anyEnvironment, projects: ['broad'] };
    expect((await exchange(jobClaims(JOB), [broad, PUBLISHER])).status).toBe(200);
    expect(grants[0]).toMatchObject({ publisher: 'github:octo/pkg/release.yml@pypi', projects: ['demo'] });
  });

  it('says so when no publisher is configured', async () => {
    const error = refusal(await exchange(jobClaims(JOB), []));
    expect(error.description).toContain('no trusted publisher is configured');
  });
});
