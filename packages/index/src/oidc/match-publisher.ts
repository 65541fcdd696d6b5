import type { GithubPublisher } from './publisher-config';

type Claims = Readonly<Record<string, unknown>>;

export type PublisherMatch =
  | { ok: true; publisher: string; entries: GithubPublisher[] }
  | { ok: false; depth: number; reason: string };

const WORKFLOWS_DIR = '/.github/workflows/';

/** A stable name for the publisher, e.g. "github:owner/repo/release.yml@pypi". */
export function describePublisher(publisher: GithubPublisher): string {
  const base = `github:${publisher.repository}/${publisher.workflow}`;
  return publisher.environment === undefined ? base : `${base}@${publisher.environment}`;
}

/**
 * Finds the publishers these claims satisfy under PyPI's rules (PYPI.md §1). Like PyPI, a publisher that names
 * an environment wins over one that names none; every entry with that same identity contributes its projects.
 * When none matches, the reason comes from the publisher that got furthest through the checks.
 */
export function matchPublishers(publishers: readonly GithubPublisher[], claims: Claims): PublisherMatch {
  let best: Failure = { depth: -1, reason: 'no trusted publisher is configured' };
  const matched: GithubPublisher[] = [];
  for (const publisher of publishers) {
    const failure = checkPublisher(publisher, claims);
    if (failure === undefined) matched.push(publisher);
    else if (failure.depth > best.depth) best = failure;
  }
  const chosen = matched.find((p) => p.environment !== undefined) ?? matched[0];
  if (chosen === undefined) return { ok: false, ...best };
  const publisher = describePublisher(chosen);
  const key = publisher.toLowerCase();
  return { ok: true, publisher, entries: matched.filter((p) => describePublisher(p).toLowerCase() === key) };
}

interface Failure {
  depth: number;
  reason: string;
}

type Check = (publisher: GithubPublisher, claims: Claims) => string | undefined;

const CHECKS: readonly Check[] = [
  checkRepository,
  checkOwner,
  checkOwnerId,
  checkEventName,
  checkRefAndSha,
  checkJobWorkflowRef,
  checkEnvironment,
];

function checkPublisher(publisher: GithubPublisher, claims: Claims): Failure | undefined {
  for (const [depth, check] of CHECKS.entries()) {
    const reason = check(publisher, claims);
    if (reason !== undefined) return { depth, reason };
  }
  return undefined;
}

function text(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function missing(name: string): string {
  return `the ${name} claim is missing`;
}

function checkRepository(publisher: GithubPublisher, claims: Claims): string | undefined {
  const repository = text(claims, 'repository');
  if (repository === undefined) return missing('repository');
  if (repository.toLowerCase() === publisher.repository.toLowerCase()) return undefined;
  return `repository: no trusted publisher is configured for repository ${JSON.stringify(repository)}`;
}

function checkOwner(publisher: GithubPublisher, claims: Claims): string | undefined {
  const owner = text(claims, 'repository_owner');
  if (owner === undefined) return missing('repository_owner');
  const expected = publisher.repository.split('/')[0];
  if (owner === expected) return undefined;
  const hint =
    owner.toLowerCase() === expected?.toLowerCase()
      ? ' (owners are compared exactly, as on PyPI: write the repository with GitHub’s spelling)'
      : '';
  return `repository_owner: the token says ${JSON.stringify(owner)}, the publisher expects ${JSON.stringify(expected)}${hint}`;
}

function checkOwnerId(publisher: GithubPublisher, claims: Claims): string | undefined {
  const ownerId = text(claims, 'repository_owner_id');
  if (ownerId === undefined) return missing('repository_owner_id');
  if (ownerId === publisher.repositoryOwnerId) return undefined;
  return (
    `repository_owner_id: the token says ${JSON.stringify(ownerId)}, the publisher for ${publisher.repository} ` +
    `expects ${JSON.stringify(publisher.repositoryOwnerId)} (was the owner account replaced?)`
  );
}

function checkEventName(_publisher: GithubPublisher, claims: Claims): string | undefined {
  const eventName = text(claims, 'event_name');
  if (eventName === undefined) return missing('event_name');
  if (eventName !== 'pull_request_target') return undefined;
  return 'event_name: tokens from pull_request_target runs are never accepted';
}

function checkRefAndSha(_publisher: GithubPublisher, claims: Claims): string | undefined {
  if (text(claims, 'ref') === undefined) return missing('ref');
  if (text(claims, 'sha') === undefined) return missing('sha');
  return undefined;
}

function checkJobWorkflowRef(publisher: GithubPublisher, claims: Claims): string | undefined {
  const jobWorkflowRef = text(claims, 'job_workflow_ref');
  if (jobWorkflowRef === undefined) return missing('job_workflow_ref');
  const repository = text(claims, 'repository') ?? '';
  const parsed = parseWorkflowRef(jobWorkflowRef);
  if (parsed === undefined) {
    return `job_workflow_ref: ${JSON.stringify(jobWorkflowRef)} is not "<owner>/<repo>/.github/workflows/<file>@<ref>"`;
  }
  if (parsed.repository.toLowerCase() !== repository.toLowerCase()) {
    return (
      `job_workflow_ref names another repository's workflow (${jobWorkflowRef}): the job runs in a reusable ` +
      `workflow called from ${repository}, and PyPI only matches workflows of the publisher's own repository. ` +
      `Publish from a job of ${repository}'s own workflow (with the publish action), or copy the reusable ` +
      `workflow into ${repository}`
    );
  }
  if (parsed.file !== publisher.workflow) return describeWrongFile(publisher, claims, parsed.file);
  const refs = [text(claims, 'ref'), text(claims, 'sha')];
  if (refs.includes(parsed.ref)) return undefined;
  return `job_workflow_ref: its ref ${JSON.stringify(parsed.ref)} is neither the ref nor the sha claim`;
}

function describeWrongFile(publisher: GithubPublisher, claims: Claims, file: string): string {
  const base = `job_workflow_ref: the job runs workflow ${file}, the publisher names ${publisher.workflow}`;
  const caller = parseWorkflowRef(text(claims, 'workflow_ref') ?? '');
  if (caller === undefined || caller.file === file) return base;
  return `${base} (${file} is a reusable workflow called by ${caller.file}: the publisher must name the called file)`;
}

function parseWorkflowRef(value: string): { repository: string; file: string; ref: string } | undefined {
  const dir = value.indexOf(WORKFLOWS_DIR);
  const at = value.indexOf('@', dir + 1);
  if (dir <= 0 || at === -1) return undefined;
  const file = value.slice(dir + WORKFLOWS_DIR.length, at);
  if (file === '' || file.includes('/')) return undefined;
  return { repository: value.slice(0, dir), file, ref: value.slice(at + 1) };
}

function checkEnvironment(publisher: GithubPublisher, claims: Claims): string | undefined {
  if (publisher.environment === undefined) return undefined;
  const environment = text(claims, 'environment');
  if (environment?.toLowerCase() === publisher.environment.toLowerCase()) return undefined;
  const actual =
    environment === undefined
      ? 'the job declares no environment'
      : `the token says ${JSON.stringify(environment)}`;
  return `environment: the publisher requires ${JSON.stringify(publisher.environment)}, ${actual}`;
}
