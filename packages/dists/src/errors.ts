/** Faults of the dists library. User mistakes in distributions are `Problem`s, not exceptions. */
export type DistsErrorCode =
  | 'not-found' // a path given by the user does not exist
  | 'unreadable' // a file could not be opened or read (I/O error)
  | 'limit-exceeded' // an archive is larger or deeper than the reader accepts
  | 'internal'; // a bug in this library

export class DistsError extends Error {
  override readonly name = 'DistsError';
  readonly code: DistsErrorCode;

  constructor(code: DistsErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
