/** Why the local Sigstore refused a request; `status` is the HTTP status the real service answers with. */
export type SigstoreLocalErrorCode =
  | 'MALFORMED_REQUEST'
  | 'INVALID_IDENTITY_TOKEN'
  | 'UNSUPPORTED_IDENTITY'
  | 'INVALID_PROOF_OF_POSSESSION'
  | 'UNSUPPORTED_ENTRY'
  | 'INVALID_ENTRY_SIGNATURE'
  /** Rekor: an equivalent entry is already logged (409, with its Location). */
  | 'ENTRY_EXISTS'
  | 'ENTRY_NOT_FOUND'
  /** A malformed fault given to the fault injector (a test's mistake, not a request's). */
  | 'INVALID_FAULT';

export class SigstoreLocalError extends Error {
  override readonly name = 'SigstoreLocalError';
  constructor(
    readonly code: SigstoreLocalErrorCode,
    message: string,
    readonly status: number,
    options?: { cause?: unknown; headers?: Record<string, string> },
  ) {
    super(message, { cause: options?.cause });
    this.headers = options?.headers ?? {};
  }

  /** Headers the answer carries (Rekor's 409 names the existing entry in `Location`). */
  readonly headers: Record<string, string>;
}
