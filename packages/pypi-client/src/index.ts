export {
  type AttestationObject,
  MAX_ATTESTATIONS_PER_FILE,
  PUBLISH_PREDICATE_TYPE,
  userAttestations,
} from './attestation-files';
export {
  type AttestationSigner,
  type AttestationsDecision,
  type AttestationsSetup,
  assertSigstoreFor,
  attestationsDecision,
  type LoadSigner,
  SIGSTORE_ENV,
  type SigstoreEndpoints,
  sigstoreFromEnv,
} from './attestation-setup';
export {
  apiTokenCredentials,
  assertSameOrigin,
  basicAuthorization,
  type Credentials,
  TOKEN_USERNAME,
} from './credentials';
export { createDispatcher } from './dispatcher';
export { type IndexEndpoints, indexEndpoints } from './endpoints';
export {
  envIdTokenProvider,
  hasIdTokenEnvironment,
  type IdTokenEnvironment,
  missingIdTokenPermission,
} from './env-id-token';
export { envTokenProvider } from './env-token';
export { BUG_REPORT_REQUEST, failureText, PublishError, type PublishErrorCode } from './errors';
export {
  formatGitlabClaims,
  GITLAB_RELEVANT_CLAIMS,
  gitlabRegistrationAdvice,
  isGitlabToken,
} from './gitlab-diagnostics';
export { hashListing } from './hash-listing';
export {
  type Claims,
  decodeClaims,
  formatClaims,
  RELEVANT_CLAIMS,
  type WorkflowContext,
  workflowContext,
} from './id-token';
export {
  applyIndexPolicy,
  type IndexPolicy,
  type IndexPolicySetting,
  resolveIndexPolicy,
} from './index-policy';
export { type Logger, type MaskSecret, silentLogger } from './logger';
export { type MultipartBody, multipartBody } from './multipart';
export { progressReporter } from './progress';
export {
  DEFAULT_CONCURRENCY,
  type FileStatus,
  type PublishedFile,
  type PublishOptions,
  type PublishResult,
  publish,
} from './publish';
export { forkPullRequest, forkPullRequestError, type RunEvent, readRunEvent } from './pull-request';
export {
  PYPI_UPLOAD_URL,
  type PypircRepository,
  parseIni,
  pypircRepositories,
  pypircRepository,
  TESTPYPI_UPLOAD_URL,
} from './pypirc';
export {
  type CredentialSources,
  type CredentialsFactory,
  DEFAULT_OIDC_TOKEN_ENV,
  noCredentials,
  resolveCredentials,
} from './resolve-credentials';
export {
  type Attempt,
  backoffDelay,
  type Clock,
  DEFAULT_RETRY_POLICY,
  parseRetryAfter,
  type RetryPolicy,
  systemClock,
  withRetry,
} from './retry';
export { listRemoteFiles, type RemoteFile, type SimpleApiOptions } from './simple-api';
export { decodeEntities, type HtmlLink, parseSimpleHtml } from './simple-html';
export {
  explainRefusal,
  pullRequestWarning,
  registrationAdvice,
  reusableWorkflowWarning,
} from './tp-diagnostics';
export {
  type IdTokenProvider,
  type TrustedPublishingCredentials,
  type TrustedPublishingOptions,
  trustedPublishingCredentials,
} from './trusted-publishing';
export { type UploadAnswer, type UploadClientOptions, uploadFile } from './upload-client';
export { uploadFormFields } from './upload-form';
export { isPreconnecting, type Preconnecting, WARM_IDLE_MS } from './warm-connections';
