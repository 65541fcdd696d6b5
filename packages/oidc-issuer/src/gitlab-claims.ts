/**
 * The claims of a GitLab CI ID token (GitLab docs, "ID token authentication": `id_tokens:` in .gitlab-ci.yml),
 * as gitlab.com issues them. PyPI's GitLab publisher checks `sub`, `project_path`, `ci_config_ref_uri` (against
 * `ref_path` and `sha`), `jti` and, when the publisher names one, `environment`.
 */
export interface GitlabJobClaims {
  sub: string;
  namespace_id: string;
  namespace_path: string;
  project_id: string;
  project_path: string;
  user_id: string;
  user_login: string;
  user_email: string;
  user_access_level: string;
  pipeline_id: string;
  pipeline_source: string;
  job_id: string;
  ref: string;
  ref_type: string;
  ref_path: string;
  ref_protected: string;
  environment?: string;
  environment_protected?: string;
  deployment_tier?: string;
  environment_action?: string;
  runner_id: number;
  runner_environment: string;
  sha: string;
  ci_config_ref_uri: string;
  ci_config_sha: string;
  project_visibility: string;
}

export interface GitlabClaimsInput {
  /** `namespace/project`, or `group/subgroup/project`. */
  projectPath: string;
  /** The top-level pipeline file, relative to the repository root (default `.gitlab-ci.yml`). */
  ciConfigPath?: string;
  /** The branch or tag name (default the tag `v1.0.0`). */
  ref?: string;
  refType?: 'branch' | 'tag';
  sha?: string;
  environment?: string;
  /** The instance's host as it appears in `ci_config_ref_uri` (default `gitlab.com`). */
  host?: string;
  pipelineSource?: string;
}

const DEFAULT_SHA = '9a1c0e7d3b5f2a4c6e8d0b1f3a5c7e9d2b4f6a8c';

/** One job's claims, consistent with each other the way GitLab derives them. */
export function gitlabClaims(input: GitlabClaimsInput): GitlabJobClaims {
  const slash = input.projectPath.lastIndexOf('/');
  if (slash <= 0 || slash === input.projectPath.length - 1) {
    throw new TypeError(
      `projectPath must look like "namespace/project", got ${JSON.stringify(input.projectPath)}`,
    );
  }
  const namespace = input.projectPath.slice(0, slash);
  const refType = input.refType ?? 'tag';
  const ref = input.ref ?? 'v1.0.0';
  const refPath = `${refType === 'tag' ? 'refs/tags' : 'refs/heads'}/${ref}`;
  const sha = input.sha ?? DEFAULT_SHA;
  const file = input.ciConfigPath ?? '.gitlab-ci.yml';
  const claims: GitlabJobClaims = {
    sub: `project_path:${input.projectPath}:ref_type:${refType}:ref:${ref}`,
    namespace_id: '4000001',
    namespace_path: namespace,
    project_id: '5000001',
    project_path: input.projectPath,
    user_id: '6000001',
    user_login: namespace.split('/')[0] ?? namespace,
    user_email: 'maintainer@example.org',
    user_access_level: 'maintainer',
    pipeline_id: '7000000001',
    pipeline_source: input.pipelineSource ?? 'push',
    job_id: '8000000001',
    ref,
    ref_type: refType,
    ref_path: refPath,
    ref_protected: 'true',
    runner_id: 9001,
    runner_environment: 'gitlab-hosted',
    sha,
    ci_config_ref_uri: `${input.host ?? 'gitlab.com'}/${input.projectPath}//${file}@${refPath}`,
    ci_config_sha: sha,
    project_visibility: 'public',
  };
  if (input.environment !== undefined) {
    claims.environment = input.environment;
    claims.environment_protected = 'true';
    claims.deployment_tier = 'production';
    claims.environment_action = 'start';
  }
  return claims;
}
