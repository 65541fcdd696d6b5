import { z } from 'zod';

const REPOSITORY = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;
const WORKFLOW_FILE = /^[^/\\]+\.ya?ml$/;

/** A GitHub trusted publisher as PyPI records it: repository, owner id, workflow file, optional environment. */
export const githubPublisherSchema = z.strictObject({
  /** "owner/repo". */
  repository: z.string().regex(REPOSITORY, 'repository must look like "owner/repo"'),
  /** The owner's numeric id (the `repository_owner_id` claim); survives renames, unlike the name. */
  repositoryOwnerId: z.string().regex(/^\d+$/, 'repositoryOwnerId must be the numeric GitHub owner id'),
  /** The workflow's file name only, e.g. "release.yml" (not a path). */
  workflow: z
    .string()
    .regex(WORKFLOW_FILE, 'workflow must be a file name like "release.yml", without a path'),
  environment: z.string().min(1).optional(),
  projects: z.array(z.string().min(1)).min(1, 'a publisher must name at least one project'),
  /** A pending publisher: its projects may not exist yet; the first exchange creates them. */
  pending: z.boolean().optional(),
});

/** The index's Trusted Publishing settings (PYPI.md §1). */
export const trustedPublishingConfigSchema = z.strictObject({
  enabled: z.boolean().default(true),
  issuer: z.url().default('https://token.actions.githubusercontent.com'),
  audience: z.string().min(1).default('pypi'),
  publishers: z.array(githubPublisherSchema).default([]),
});

export type GithubPublisher = z.infer<typeof githubPublisherSchema>;
export type TrustedPublishingConfig = z.infer<typeof trustedPublishingConfigSchema>;
export type TrustedPublishingConfigInput = z.input<typeof trustedPublishingConfigSchema>;
