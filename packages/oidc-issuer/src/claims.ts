/** The claims of a GitHub Actions ID token (PYPI.md §6). `environment` is present only when the job names one. */
export interface GithubClaims {
  iss: string;
  sub: string;
  aud: string;
  jti: string;
  iat: number;
  nbf: number;
  exp: number;
  repository: string;
  repository_id: string;
  repository_owner: string;
  repository_owner_id: string;
  repository_visibility: string;
  ref: string;
  ref_type: string;
  ref_protected: string;
  sha: string;
  event_name: string;
  run_id: string;
  run_number: string;
  run_attempt: string;
  workflow: string;
  workflow_ref: string;
  workflow_sha: string;
  job_workflow_ref: string;
  job_workflow_sha: string;
  environment?: string;
  runner_environment: string;
  actor: string;
  actor_id: string;
}

/** A job's identity: every claim except those fixed per token (issuer, audience, id and times). */
export type JobClaims = Omit<GithubClaims, 'iss' | 'aud' | 'jti' | 'iat' | 'nbf' | 'exp'>;

/** The reusable workflow a job runs in (`jobs.<id>.uses`): its repository, file name and ref. */
export interface ReusableWorkflow {
  repository: string;
  file: string;
  ref: string;
  sha?: string;
}

export interface JobClaimsInput {
  repository: string;
  ownerId?: string;
  repositoryId?: string;
  /** The workflow's file name under `.github/workflows/`. */
  workflow?: string;
  ref?: string;
  sha?: string;
  eventName?: string;
  environment?: string;
  actor?: string;
  reusableWorkflow?: ReusableWorkflow;
}

const DEFAULT_SHA = '3f786850e387550fdab836ed7e6dc881de23001b';
const OTHER_REPOSITORY_SHA = '89e6c98d92887913cadf06b2adb97f26cde4849b';

/** Builds a consistent set of job claims, the way GitHub derives them from one run of one job. */
export function jobClaims(input: JobClaimsInput): JobClaims {
  const { repository } = input;
  const owner = ownerOf(repository);
  const ownerId = input.ownerId ?? '1000001';
  const workflowFile = input.workflow ?? 'release.yml';
  const ref = input.ref ?? 'refs/tags/v1.0.0';
  const sha = input.sha ?? DEFAULT_SHA;
  const eventName = input.eventName ?? 'push';
  const workflowRef = `${repository}/.github/workflows/${workflowFile}@${ref}`;
  const called = input.reusableWorkflow;
  const calledSha = called === undefined ? sha : (called.sha ?? calledShaFor(called, repository, ref, sha));
  const claims: JobClaims = {
    sub: subject(repository, ref, eventName, input.environment),
    repository,
    repository_id: input.repositoryId ?? '2000001',
    repository_owner: owner,
    repository_owner_id: ownerId,
    repository_visibility: 'public',
    ref,
    ref_type: refType(ref),
    ref_protected: 'false',
    sha,
    event_name: eventName,
    run_id: '3000000001',
    run_number: '1',
    run_attempt: '1',
    workflow: workflowFile.replace(/\.ya?ml$/, ''),
    workflow_ref: workflowRef,
    workflow_sha: sha,
    job_workflow_ref:
      called === undefined
        ? workflowRef
        : `${called.repository}/.github/workflows/${called.file}@${called.ref}`,
    job_workflow_sha: calledSha,
    runner_environment: 'github-hosted',
    actor: input.actor ?? owner,
    actor_id: ownerId,
  };
  if (input.environment !== undefined) claims.environment = input.environment;
  return claims;
}

/** The audience GitHub puts in a token requested without one: the repository owner's URL. */
export function defaultAudience(claims: Pick<JobClaims, 'repository_owner'>): string {
  return `https://github.com/${claims.repository_owner}`;
}

function ownerOf(repository: string): string {
  const slash = repository.indexOf('/');
  if (slash <= 0 || slash === repository.length - 1 || repository.indexOf('/', slash + 1) !== -1) {
    throw new TypeError(`repository must look like "owner/repo", got ${JSON.stringify(repository)}`);
  }
  return repository.slice(0, slash);
}

function subject(
  repository: string,
  ref: string,
  eventName: string,
  environment: string | undefined,
): string {
  if (environment !== undefined) return `repo:${repository}:environment:${environment}`;
  if (eventName === 'pull_request') return `repo:${repository}:pull_request`;
  return `repo:${repository}:ref:${ref}`;
}

function refType(ref: string): string {
  return ref.startsWith('refs/tags/') ? 'tag' : 'branch';
}

function calledShaFor(called: ReusableWorkflow, repository: string, ref: string, sha: string): string {
  const sameCommit = called.repository.toLowerCase() === repository.toLowerCase() && called.ref === ref;
  return sameCommit ? sha : OTHER_REPOSITORY_SHA;
}
