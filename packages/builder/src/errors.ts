/** Why a build did not produce distributions. */
export type BuildErrorCode =
  | 'invalid-options' // a user mistake in the options (e.g. neither sdist nor wheel)
  | 'interpreter-missing' // the Python interpreter named by `python` cannot be started
  | 'frontend-missing' // `uv` is not installed, or the interpreter has no `build` module
  | 'python-unsupported' // the interpreter is outside the Python versions the frontend lock covers
  | 'index-unreachable' // the index the frontend is installed from does not answer
  | 'hash-mismatch' // a wheel the index served is not the file the lock pins
  | 'frontend-install-failed' // the private venv or pip failed for another reason
  | 'build-failed' // the frontend or the backend exited with an error
  | 'no-dists' // the build succeeded but left no distribution in the output folder
  | 'unreadable-dist' // a built distribution has no readable name and version
  | 'internal'; // a bug in this library or an I/O fault

/** The builder's one error class: user mistakes and backend failures carry the fix in their message. */
export class BuildError extends Error {
  override readonly name = 'BuildError';
  readonly code: BuildErrorCode;

  constructor(code: BuildErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
