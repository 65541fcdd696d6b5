import type { GitlabPublisher } from './publisher-config';

type Claims = Readonly<Record<string, unknown>>;

export type GitlabMatch =
  | { ok: true; publisher: string; entries: GitlabPublisher[] }
  | { ok: false; depth: number; reason: string };

/** A stable name for the publisher, e.g. "gitlab:group/project//.gitlab-ci.yml@pypi". */
export function describeGitlabPublisher(publisher: GitlabPublisher): string {
  const base = `gitlab:${publisher.namespace}/${publisher.project}//${publisher.workflowFilepath}`;
  return publisher.environment === undefined ? base : `${base}@${publisher.environment}`;
}

/**
 * The pipeline file of a `ci_config_ref_uri` (`<host>/<namespace>/<project>//<path/file.yml>@<ref>`): what follows
 * the first `//`, up to the `@`, ending in `.yml` or `.yaml` with a non-empty base name (Warehouse's
 * `_WORKFLOW_FILEPATH_RE`).
 */
export function workflowFilepathOf(ciConfigRefUri: string): string | undefined {
  const match = /(?<=\/\/)(.*[^/]\.(?:yml|yaml))(?=@)/.exec(ciConfigRefUri);
  return match?.[1];
}

/** The host part of `ci_config_ref_uri` for an issuer: its URL without the scheme (`https://gitlab.com` → `gitlab.com`). */
export function issuerHost(issuer: string): string {
  return issuer.replace(/^https?:\/\//, '').replace(/\/+$/, '');
}

/**
 * Finds the GitLab publishers these claims satisfy under Warehouse's rules (warehouse/oidc/models/gitlab.py):
 * `sub`, `project_path`, `ci_config_ref_uri`, `ref_path` and `sha` present; namespace and project compared
 * case-insensitively with `project_path`; the pipeline file of `ci_config_ref_uri` equal to the publisher's path;
 * `ci_config_ref_uri` exactly `<issuer host>/<namespace>/<project>//<path>@<ref_path or sha>`; `sub` starting
 * `project_path:<namespace>/<project>`; the environment, when the publisher names one, equal (case-sensitive).
 * A publisher naming the token's environment wins over one naming none. When none matches, the reason is the
 * one of the publisher that got furthest, naming the claim, what was expected and what the token says.
 */
export function matchGitlabPublishers(
  publishers: readonly GitlabPublisher[],
  claims: Claims,
  issuer: string,
): GitlabMatch {
  let best: Failure = { depth: -1, reason: 'no GitLab trusted publisher is configured' };
  const missing = ['sub', 'project_path', 'ci_config_ref_uri', 'ref_path', 'sha'].find(
    (name) => text(claims, name) === undefined,
  );
  if (missing !== undefined) return { ok: false, depth: 0, reason: `Missing claim '${missing}'` };
  const matched: GitlabPublisher[] = [];
  for (const publisher of publishers) {
    const failure = checkPublisher(publisher, claims, issuerHost(issuer));
    if (failure === undefined) matched.push(publisher);
    else if (failure.depth > best.depth) best = failure;
  }
  const environment = text(claims, 'environment');
  const chosen =
    matched.find((p) => environment !== undefined && p.environment === environment) ??
    matched.find((p) => p.environment === undefined);
  if (chosen === undefined) return { ok: false, ...best };
  const publisher = describeGitlabPublisher(chosen);
  return { ok: true, publisher, entries: matched.filter((p) => describeGitlabPublisher(p) === publisher) };
}

interface Failure {
  depth: number;
  reason: string;
}

function text(claims: Claims, name: string): string | undefined {
  const value = claims[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function checkPublisher(publisher: GitlabPublisher, claims: Claims, host: string): Failure | undefined {
  const projectPath = text(claims, 'project_path') ?? '';
  const expectedPath = `${publisher.namespace}/${publisher.project}`;
  if (projectPath.toLowerCase() !== expectedPath.toLowerCase()) {
    return {
      depth: 1,
      reason: `project_path: the token says ${JSON.stringify(projectPath)}, the publisher expects ${JSON.stringify(expectedPath)}`,
    };
  }
  const uri = text(claims, 'ci_config_ref_uri') ?? '';
  const file = workflowFilepathOf(uri);
  if (file === undefined) {
    return {
      depth: 2,
      reason: `ci_config_ref_uri: could not extract the pipeline file from ${JSON.stringify(uri)}`,
    };
  }
  if (file !== publisher.workflowFilepath) {
    return {
      depth: 2,
      reason:
        `ci_config_ref_uri: the job's top-level pipeline file is ${JSON.stringify(file)}, the publisher names ` +
        `${JSON.stringify(publisher.workflowFilepath)} (paths are compared exactly)`,
    };
  }
  const environment = text(claims, 'environment');
  if (publisher.environment !== undefined && environment !== publisher.environment) {
    const actual =
      environment === undefined
        ? 'the job declares no environment'
        : `the token says ${JSON.stringify(environment)}`;
    return {
      depth: 3,
      reason: `environment: the publisher requires ${JSON.stringify(publisher.environment)} (compared exactly), ${actual}`,
    };
  }
  const sub = text(claims, 'sub') ?? '';
  const [namespace, project] = sub.split(':');
  if (`${namespace}:${project}`.toLowerCase() !== `project_path:${expectedPath}`.toLowerCase()) {
    return {
      depth: 4,
      reason: `sub: the token says ${JSON.stringify(sub)}, the publisher expects it to start with "project_path:${expectedPath}"`,
    };
  }
  const truth = `${host}/${expectedPath}//${publisher.workflowFilepath}`;
  const expected = [text(claims, 'ref_path'), text(claims, 'sha')].map((ref) => `${truth}@${ref}`);
  if (!expected.includes(uri)) {
    return {
      depth: 5,
      reason: `ci_config_ref_uri: expected one of ${JSON.stringify(expected)}, the token says ${JSON.stringify(uri)}`,
    };
  }
  return undefined;
}
