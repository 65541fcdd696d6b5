/**
 * Why a publish failed. User mistakes (bad input, refused by the index, a misconfigured publisher) are apart
 * from internal faults (the index or the network failing, a bug here): `isUserError` tells them apart.
 */
export type PublishErrorCode =
  // user mistakes
  | 'invalid-input' // an option or input is wrong (URL, concurrency…)
  | 'preflight-failed' // a distribution breaks PyPI's rules: nothing was uploaded
  | 'no-credentials' // neither a token nor Trusted Publishing is available
  | 'empty-token' // the API token given is an empty string (an unset secret)
  | 'missing-id-token-permission' // the job lacks `id-token: write`
  | 'trusted-publishing-disabled' // the index answered 403 on the audience
  | 'trusted-publishing-unsupported' // the index answered 404 on the audience
  | 'token-exchange-refused' // mint-token answered 422
  | 'upload-refused' // the index refused a file (4xx)
  | 'file-exists-different' // the index holds another file under this name
  | 'redirect' // the upload URL answered a redirect (never followed)
  | 'token-origin-mismatch' // a token would have gone to another origin than the one it is for
  | 'fork-pull-request' // a pull request from a fork: GitHub gives it no OIDC token and no secrets
  | 'read-unauthorized' // the simple index answered 401/403 to a read
  | 'invalid-config' // a .pypirc cannot be read or lacks the repository asked for
  | 'invalid-attestation' // a user-made attestation file next to a distribution PyPI would refuse
  | 'attestations-unavailable' // attestations asked for where they cannot work (test Sigstore for PyPI…)
  // internal faults
  | 'index-unavailable' // 5xx, 429, resets, timeouts: still failing after every retry
  | 'index-invalid-response' // an answer that does not follow the protocol
  | 'verification-failed' // a file is missing or different on the index after its upload
  | 'id-token-unavailable' // the runner's ID token endpoint failed
  | 'signing-failed' // Sigstore (Fulcio or Rekor) failed to sign an attestation, after its retries
  | 'internal';

const USER_ERRORS: ReadonlySet<PublishErrorCode> = new Set<PublishErrorCode>([
  'invalid-input',
  'preflight-failed',
  'no-credentials',
  'empty-token',
  'missing-id-token-permission',
  'trusted-publishing-disabled',
  'trusted-publishing-unsupported',
  'token-exchange-refused',
  'upload-refused',
  'file-exists-different',
  'redirect',
  'token-origin-mismatch',
  'fork-pull-request',
  'read-unauthorized',
  'invalid-config',
  'invalid-attestation',
  'attestations-unavailable',
]);

export class PublishError extends Error {
  override readonly name = 'PublishError';
  readonly code: PublishErrorCode;

  constructor(code: PublishErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  /** True for mistakes the user fixes (input, files, publisher configuration); false for faults. */
  get isUserError(): boolean {
    return USER_ERRORS.has(this.code);
  }
}

/** Shown under a failure that is not the user's to fix, so that a fault does not read as a user mistake. */
export const BUG_REPORT_REQUEST =
  'This is not a mistake in your input or files but a fault (in pypi-release, the index or the network). ' +
  'If it happens again, please report it as a bug with this message and the log above (rerun with verbose output).';

/**
 * A failure as shown to the user: its message, then `BUG_REPORT_REQUEST` unless it is a user mistake. By default
 * only a `PublishError` whose code is a user mistake counts as one; an unexpected error is a fault.
 */
export function failureText(
  error: unknown,
  userMistake = error instanceof PublishError && error.isUserError,
): string {
  const message = error instanceof Error ? error.message : String(error);
  return userMistake ? message : `${message}\n${BUG_REPORT_REQUEST}`;
}
