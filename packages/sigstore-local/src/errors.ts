/** Why the local Sigstore refused a request; `status` is the HTTP status the real service answers with. */
export type SigstoreLocalErrorCode =
  | 'MALFORMED_REQUEST'
  | 'INVALID_IDENTITY_TOKEN'
  | 'UNSUPPORTED_IDENTITY'
  | 'INVALID_PROOF_OF_POSSESSION'
  | 'UNSUPPORTED_ENTRY'
  | 'INVALID_ENTRY_SIGNATURE'
  /** A malformed fault given to the fault injector (a test's mistake, not a request's). */
  | 'INVALID_FAULT';

export class SigstoreLocalError extends Error {
  override readonly name = 'SigstoreLocalError';
  constructor(
    readonly code: SigstoreLocalErrorCode,
    message: string,
    readonly status: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
