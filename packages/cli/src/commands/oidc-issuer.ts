import { parseArgs } from 'node:util';
import { gitlabClaims, jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import * as z from '@pypi-release/zod';
import { type CliIo, type Command, EXIT_OK, UsageError } from '../cli-io';

/**
 * `pypi-release oidc-issuer`: a local GitHub-shaped OIDC issuer for dry runs. Prints the
 * ACTIONS_ID_TOKEN_REQUEST_* variables that make `pypi-release publish` (or @actions/core's getIDToken) ask it
 * for tokens of the job described, and the issuer URL to configure as trustedPublishing.issuer of `serve`.
 * With `--gitlab-project`, a GitLab-shaped issuer instead: it prints one ID token for PYPI_ID_TOKEN (what a
 * GitLab job's `id_tokens:` entry gives), and the issuer URL to configure as trustedPublishing.gitlab.issuer.
 */
const optionsSchema = z.object({
  host: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  port: z._default(z.coerce.number().check(z.int(), z.gte(0), z.lte(65535)), 0),
  repository: z.optional(z.string().check(z.regex(/^[^/\s]+\/[^/\s]+$/, '--repository must be OWNER/REPO'))),
  'gitlab-project': z.optional(
    z.string().check(z.regex(/^[^/\s]+(\/[^/\s]+)+$/, '--gitlab-project must be NAMESPACE/PROJECT')),
  ),
  'ci-config-path': z.optional(
    z
      .string()
      .check(z.regex(/^[^/].*[^/]\.ya?ml$/, '--ci-config-path must be a path such as .gitlab-ci.yml')),
  ),
  audience: z._default(z.string().check(z.minLength(1)), 'pypi'),
  'owner-id': z.optional(z.string().check(z.regex(/^\d+$/, '--owner-id must be a number'))),
  workflow: z.optional(
    z.string().check(z.regex(/^[^/]+\.ya?ml$/, '--workflow must be a file name such as release.yml')),
  ),
  ref: z.optional(z.string().check(z.minLength(1))),
  environment: z.optional(z.string().check(z.minLength(1))),
  event: z.optional(z.string().check(z.minLength(1))),
  'reusable-workflow': z.optional(
    z
      .string()
      .check(z.regex(/^[^/\s]+\/[^/\s]+\/[^/@\s]+@\S+$/, '--reusable-workflow must be OWNER/REPO/FILE@REF')),
  ),
});

export const oidcIssuerCommand: Command = async (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: Object.fromEntries(
      Object.keys(optionsSchema.shape).map((k) => [k, { type: 'string' }]),
    ) as Record<string, { type: 'string' }>,
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => i.message).join('; '));
  const o = parsed.data;
  if ((o.repository === undefined) === (o['gitlab-project'] === undefined)) {
    throw new UsageError(
      'give --repository OWNER/REPO (GitHub) or --gitlab-project NAMESPACE/PROJECT (GitLab)',
    );
  }
  if (o['gitlab-project'] !== undefined) return gitlabIssuer(o, o['gitlab-project'], io);
  const reusable = o['reusable-workflow']?.match(/^([^/]+\/[^/]+)\/([^@]+)@(.+)$/);
  const job = jobClaims({
    repository: o.repository ?? '',
    ...(o['owner-id'] ? { ownerId: o['owner-id'] } : {}),
    ...(o.workflow ? { workflow: o.workflow } : {}),
    ...(o.ref ? { ref: o.ref } : {}),
    ...(o.environment ? { environment: o.environment } : {}),
    ...(o.event ? { eventName: o.event } : {}),
    ...(reusable
      ? { reusableWorkflow: { repository: reusable[1]!, file: reusable[2]!, ref: reusable[3]! } }
      : {}),
  });
  const issuer = await startOidcIssuer({ host: o.host, port: o.port, job });
  io.stdout(
    [
      `Issuer: ${issuer.url}`,
      `ACTIONS_ID_TOKEN_REQUEST_URL=${issuer.requestUrl}`,
      `ACTIONS_ID_TOKEN_REQUEST_TOKEN=${issuer.requestToken}`,
      `job_workflow_ref: ${job.job_workflow_ref}`,
      '',
    ].join('\n'),
  );
  await io.stopSignal;
  await issuer.close();
  return EXIT_OK;
};

/** A GitLab-shaped issuer (`iss` = its own URL, which `ci_config_ref_uri` then names as the instance). */
async function gitlabIssuer(
  o: z.output<typeof optionsSchema>,
  projectPath: string,
  io: CliIo,
): Promise<number> {
  const claimsFor = (host: string) =>
    gitlabClaims({
      projectPath,
      host,
      ...(o['ci-config-path'] ? { ciConfigPath: o['ci-config-path'] } : {}),
      ...(o.ref ? { ref: o.ref } : {}),
      ...(o.environment ? { environment: o.environment } : {}),
    });
  const issuer: OidcIssuer = await startOidcIssuer({
    host: o.host,
    port: o.port,
    lifetimeSeconds: 3600,
    job: claimsFor('gitlab.invalid'),
  });
  const job = claimsFor(new URL(issuer.url).host);
  issuer.setJob(job);
  const token = await issuer.sign({ aud: o.audience });
  io.stdout(
    [
      `Issuer: ${issuer.url} (configure it as trustedPublishing.gitlab.issuer)`,
      `PYPI_ID_TOKEN=${token}`,
      `ci_config_ref_uri: ${job.ci_config_ref_uri}`,
      '',
    ].join('\n'),
  );
  await io.stopSignal;
  await issuer.close();
  return EXIT_OK;
}
