/**
 * What went wrong with an attestation. `MALFORMED` and `VERIFICATION` are the uploader's problem (a bad or
 * non-matching attestation); `SIGNING` is a failure to obtain one (identity token, Fulcio, Rekor); `INDEX` is an
 * index that could not be read or has no such release (provenance checks).
 */
export type AttestationErrorCode = 'MALFORMED' | 'CONVERSION' | 'VERIFICATION' | 'SIGNING' | 'INDEX';

export class AttestationError extends Error {
  override readonly name = 'AttestationError';
  constructor(
    readonly code: AttestationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A failed verification, worded as pypi-attestations words it (`Verification failed: <reason>`). */
export function verificationFailed(reason: string, cause?: unknown): AttestationError {
  return new AttestationError('VERIFICATION', `Verification failed: ${reason}`, { cause });
}
