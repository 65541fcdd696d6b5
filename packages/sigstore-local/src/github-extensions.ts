import * as z from '@pypi-release/zod';

/** Fulcio's OIDs for a GitHub Actions identity (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
export const FULCIO_OID = {
  issuerV1: '1.3.6.1.4.1.57264.1.1',
  githubWorkflowTrigger: '1.3.6.1.4.1.57264.1.2',
  githubWorkflowSha: '1.3.6.1.4.1.57264.1.3',
  githubWorkflowName: '1.3.6.1.4.1.57264.1.4',
  githubWorkflowRepository: '1.3.6.1.4.1.57264.1.5',
  githubWorkflowRef: '1.3.6.1.4.1.57264.1.6',
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  buildSignerUri: '1.3.6.1.4.1.57264.1.9',
  buildSignerDigest: '1.3.6.1.4.1.57264.1.10',
  runnerEnvironment: '1.3.6.1.4.1.57264.1.11',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  sourceRepositoryIdentifier: '1.3.6.1.4.1.57264.1.15',
  sourceRepositoryOwnerUri: '1.3.6.1.4.1.57264.1.16',
  sourceRepositoryOwnerIdentifier: '1.3.6.1.4.1.57264.1.17',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
  buildConfigDigest: '1.3.6.1.4.1.57264.1.19',
  buildTrigger: '1.3.6.1.4.1.57264.1.20',
  runInvocationUri: '1.3.6.1.4.1.57264.1.21',
  sourceRepositoryVisibilityAtSigning: '1.3.6.1.4.1.57264.1.22',
} as const;

const claim = z.string().check(z.minLength(1));

/**
 * The claims Fulcio's GitHub principal requires: a token lacking any of them is refused
 * (fulcio pkg/identity/github/principal.go), so a stand-in must refuse it too.
 */
export const githubWorkflowClaims = z.object({
  iss: claim,
  sub: claim,
  event_name: claim,
  sha: claim,
  workflow: claim,
  repository: claim,
  ref: claim,
  job_workflow_ref: claim,
  job_workflow_sha: claim,
  runner_environment: claim,
  repository_id: claim,
  repository_owner: claim,
  repository_owner_id: claim,
  workflow_ref: claim,
  workflow_sha: claim,
  run_id: claim,
  run_attempt: claim,
  repository_visibility: claim,
});
export type GithubWorkflowClaims = z.infer<typeof githubWorkflowClaims>;

/** An extension as `@sigstore/mock`'s CA embeds it: `legacy` values are raw bytes, others a DER UTF8String. */
export interface CertificateExtension {
  oid: string;
  value: string;
  legacy?: boolean;
}

const GITHUB = 'https://github.com/';

/** The certificate's URI SAN for a GitHub workflow identity: the job's workflow (real Fulcio: `job_workflow_ref`). */
export function subjectAlternativeName(claims: GithubWorkflowClaims): string {
  return `${GITHUB}${claims.job_workflow_ref}`;
}

/** The extensions real Fulcio derives from a GitHub Actions token, claim by claim. */
export function githubExtensions(claims: GithubWorkflowClaims): CertificateExtension[] {
  const legacy = (oid: string, value: string): CertificateExtension => ({ oid, value, legacy: true });
  const utf8 = (oid: string, value: string): CertificateExtension => ({ oid, value });
  return [
    legacy(FULCIO_OID.issuerV1, claims.iss),
    legacy(FULCIO_OID.githubWorkflowTrigger, claims.event_name),
    legacy(FULCIO_OID.githubWorkflowSha, claims.sha),
    legacy(FULCIO_OID.githubWorkflowName, claims.workflow),
    legacy(FULCIO_OID.githubWorkflowRepository, claims.repository),
    legacy(FULCIO_OID.githubWorkflowRef, claims.ref),
    utf8(FULCIO_OID.issuerV2, claims.iss),
    utf8(FULCIO_OID.buildSignerUri, `${GITHUB}${claims.job_workflow_ref}`),
    utf8(FULCIO_OID.buildSignerDigest, claims.job_workflow_sha),
    utf8(FULCIO_OID.runnerEnvironment, claims.runner_environment),
    utf8(FULCIO_OID.sourceRepositoryUri, `${GITHUB}${claims.repository}`),
    utf8(FULCIO_OID.sourceRepositoryDigest, claims.sha),
    utf8(FULCIO_OID.sourceRepositoryRef, claims.ref),
    utf8(FULCIO_OID.sourceRepositoryIdentifier, claims.repository_id),
    utf8(FULCIO_OID.sourceRepositoryOwnerUri, `${GITHUB}${claims.repository_owner}`),
    utf8(FULCIO_OID.sourceRepositoryOwnerIdentifier, claims.repository_owner_id),
    utf8(FULCIO_OID.buildConfigUri, `${GITHUB}${claims.workflow_ref}`),
    utf8(FULCIO_OID.buildConfigDigest, claims.workflow_sha),
    utf8(FULCIO_OID.buildTrigger, claims.event_name),
    utf8(
      FULCIO_OID.runInvocationUri,
      `${GITHUB}${claims.repository}/actions/runs/${claims.run_id}/attempts/${claims.run_attempt}`,
    ),
    utf8(FULCIO_OID.sourceRepositoryVisibilityAtSigning, claims.repository_visibility),
  ];
}
