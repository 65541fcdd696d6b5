import * as z from '@pypi-release/zod';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const WORKFLOW_FILE = /^[^/\\]+\.ya?ml$/;

/** A GitHub trusted publisher as PyPI records it: repository, owner id, workflow file, optional environment. */
export const githubPublisherSchema = z.strictObject({
  /** "owner/repo". */
  repository: z.string().check(z.regex(REPOSITORY, 'repository must look like "owner/repo"')),
  /** The owner's numeric id (the `repository_owner_id` claim); survives renames, unlike the name. */
  repositoryOwnerId: z
    .string()
    .check(z.regex(/^\d+$/, 'repositoryOwnerId must be the numeric GitHub owner id')),
  /** The workflow's file name only, e.g. "release.yml" (not a path). */
  workflow: z
    .string()
    .check(z.regex(WORKFLOW_FILE, 'workflow must be a file name like "release.yml", without a path')),
  environment: z.optional(z.string().check(z.minLength(1))),
  projects: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'a publisher must name at least one project')),
  /** A pending publisher: its projects may not exist yet; the first exchange creates them. */
  pending: z.optional(z.boolean()),
});

/**
 * A GitLab trusted publisher as PyPI records it (Warehouse `GitLabPublisher`): namespace, project, the top-level
 * pipeline file's path in the repository, optional environment.
 */
export const gitlabPublisherSchema = z.strictObject({
  kind: z.literal('gitlab'),
  /** The group or user, with subgroups: "group/subgroup". */
  namespace: z
    .string()
    .check(z.regex(/^[^/\s][^\s]*[^/\s]$|^[^/\s]$/, 'namespace must look like "group" or "group/subgroup"')),
  project: z
    .string()
    .check(z.regex(/^[^/\s]+$/, 'project is the project’s path name, without the namespace')),
  /** The pipeline file as GitLab reports it in `ci_config_ref_uri`, e.g. ".gitlab-ci.yml" or "ci/release.yml". */
  workflowFilepath: z
    .string()
    .check(
      z.regex(
        /^[^/].*[^/]\.ya?ml$/,
        'workflowFilepath must be a path such as ".gitlab-ci.yml" or "ci/release.yml"',
      ),
    ),
  environment: z.optional(z.string().check(z.minLength(1))),
  projects: z
    .array(z.string().check(z.minLength(1)))
    .check(z.minLength(1, 'a publisher must name at least one project')),
  pending: z.optional(z.boolean()),
});

/** Where GitLab tokens come from: gitlab.com, or a self-managed instance (Warehouse supports custom issuers). */
const gitlabIssuerSchema = z.strictObject({
  issuer: z._default(z.url(), 'https://gitlab.com'),
  /**
   * Where the index fetches the issuer's discovery document when it is not the issuer URL itself (a local
   * stand-in issuer signing tokens with `iss: https://gitlab.com`). The document must still name `issuer`.
   */
  discoveryUrl: z.optional(z.url()),
});

/** The index's Trusted Publishing settings (PYPI.md §1). */
export const trustedPublishingConfigSchema = z.strictObject({
  enabled: z._default(z.boolean(), true),
  issuer: z._default(z.url(), 'https://token.actions.githubusercontent.com'),
  audience: z._default(z.string().check(z.minLength(1)), 'pypi'),
  /** GitLab CI tokens are accepted when this is present (and a GitLab publisher matches). */
  gitlab: z.optional(gitlabIssuerSchema),
  publishers: z._default(z.array(z.union([githubPublisherSchema, gitlabPublisherSchema])), []),
});

export type GithubPublisher = z.infer<typeof githubPublisherSchema>;
export type GitlabPublisher = z.infer<typeof gitlabPublisherSchema>;
export type AnyPublisher = GithubPublisher | GitlabPublisher;

export function isGitlabPublisher(publisher: AnyPublisher): publisher is GitlabPublisher {
  return 'kind' in publisher && publisher.kind === 'gitlab';
}
export type TrustedPublishingConfig = z.infer<typeof trustedPublishingConfigSchema>;
export type TrustedPublishingConfigInput = z.input<typeof trustedPublishingConfigSchema>;
