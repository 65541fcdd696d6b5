/** Faults of the local index. Refusals of an upload are HTTP answers, not exceptions. */
export type IndexErrorCode =
  | 'config' // the configuration file is missing, not JSON, or does not match the schema
  | 'storage' // the data directory or the database cannot be used
  | 'internal'; // a bug in this package

export class IndexError extends Error {
  override readonly name = 'IndexError';
  readonly code: IndexErrorCode;

  constructor(code: IndexErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
