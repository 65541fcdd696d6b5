import { type Claims, claim } from './id-token';

/** The claims PyPI's GitLab publisher looks at (warehouse/oidc/models/gitlab.py), in the order a person checks them. */
export const GITLAB_RELEVANT_CLAIMS = [
  'project_path',
  'ci_config_ref_uri',
  'ref_path',
  'sha',
  'environment',
  'sub',
  'pipeline_source',
] as const;

/** True for a GitLab CI ID token (it names a project path and a pipeline file). */
export function isGitlabToken(claims: Claims): boolean {
  return claim(claims, 'project_path') !== undefined && claim(claims, 'ci_config_ref_uri') !== undefined;
}

/** The pipeline file of `ci_config_ref_uri` (`<host>/<namespace>/<project>//<path>@<ref>`). */
export function pipelineFileOf(ciConfigRefUri: string | undefined): string | undefined {
  return /(?<=\/\/)(.*[^/]\.(?:yml|yaml))(?=@)/.exec(ciConfigRefUri ?? '')?.[1];
}

export function formatGitlabClaims(claims: Claims): string {
  return GITLAB_RELEVANT_CLAIMS.map(
    (name) => `  ${name.padEnd(20)} ${claim(claims, name) ?? '(absent)'}`,
  ).join('\n');
}

/** What to register on PyPI (Publishing → Add a new publisher → GitLab) for these claims. */
export function gitlabRegistrationAdvice(claims: Claims): string {
  const path = claim(claims, 'project_path') ?? '<namespace>/<project>';
  const slash = path.lastIndexOf('/');
  const environment = claim(claims, 'environment');
  return [
    'On PyPI, the project’s trusted publisher (Publishing → GitLab) must read:',
    `  namespace:               ${slash > 0 ? path.slice(0, slash) : '?'}`,
    `  project name:            ${slash > 0 ? path.slice(slash + 1) : '?'}`,
    `  top-level pipeline file: ${pipelineFileOf(claim(claims, 'ci_config_ref_uri')) ?? '?'}`,
    `  environment:             ${environment ?? '(leave empty: this job declares no environment)'}`,
    'The pipeline file is the top-level one GitLab reports in ci_config_ref_uri (e.g. .gitlab-ci.yml), even when the ' +
      'job comes from an included file; environments are compared exactly (case matters).',
  ].join('\n');
}
