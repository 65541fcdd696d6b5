/** Why the issuer's keys could not be obtained: an internal fault of the index or its issuer, not of the uploader. */
export type KeySourceErrorCode = 'issuer-unreachable' | 'issuer-invalid-response' | 'issuer-mismatch';

export class KeySourceError extends Error {
  readonly code: KeySourceErrorCode;

  constructor(code: KeySourceErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'KeySourceError';
    this.code = code;
  }
}
