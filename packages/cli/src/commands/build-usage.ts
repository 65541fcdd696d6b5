/** Kept apart from build.ts so that `pypi-release --help` loads no builder code. */
export const BUILD_USAGE = `Usage: pypi-release build [project-dir] [--outdir DIR] [--no-isolation] [--sdist] [--wheel]
                          [--python PATH] [--frontend build|uv] [-- FRONTEND-ARGS...]

Builds the sdist, then the wheel from the sdist, with python -m build (or uv build).
--sdist or --wheel alone builds only that one. The output folder defaults to <project-dir>/dist.
Arguments after -- go to the frontend as they are (e.g. -- --skip-dependency-check).
The build's output goes to stderr; the table of distributions to stdout.`;
