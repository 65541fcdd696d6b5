/** Kept apart from check.ts so that `pypi-release --version` and `--help` load no distribution code. */
export const CHECK_USAGE = `Usage: pypi-release check [--json] [--strict] [--concurrency N] <file-or-dir-or-glob>...

Runs every PyPI acceptance rule on the distributions, as one release.
Exit status: 0 all pass, 1 any error (with --strict: any warning), 2 usage error.`;

/** Files `check` reads at once when --concurrency is not given. */
export const CHECK_DEFAULT_CONCURRENCY = 8;
