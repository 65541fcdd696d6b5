/** What went wrong with a release artifact. All but `internal` are the user's to fix. */
export type ReleaseArtifactErrorCode =
  | 'no-artifacts' // the pattern matched no artifact of the run
  | 'artifact-not-found' // the named artifact is not in the run
  | 'conflicting-files' // two artifacts hold a file of the same name with different bytes
  | 'manifest-invalid' // release-manifest.json is missing or malformed
  | 'digests-invalid' // the expected digests are not a JSON object filename → sha256
  | 'verification-failed' // files missing, extra or altered against the manifest or the expected digests
  | 'artifact-service-failed' // the artifact service or its blob storage failed (after the client's retries)
  | 'internal';

export class ReleaseArtifactError extends Error {
  override readonly name = 'ReleaseArtifactError';
  readonly code: ReleaseArtifactErrorCode;

  constructor(code: ReleaseArtifactErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
