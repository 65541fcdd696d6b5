import type { RuleInfo } from '../problem';

/** Rules on distribution filenames (PYPI.md §3 "Extensions", "sdist filename", "wheel filename", "Filenames"). */
export const FILENAME_RULES = {
  characters: {
    code: 'filename-characters',
    severity: 'error',
    rule: 'PyPI refuses filenames with control characters, `/` or `\\`.',
    fix: 'rename the file to the name its build backend gives it.',
  },
  extension: {
    code: 'filename-extension',
    severity: 'error',
    rule: 'PyPI accepts only wheels (`.whl`) and gzip-compressed source distributions (`.tar.gz`).',
    fix: 'build an sdist and wheels with `python -m build` (or `uv build`); do not upload other formats.',
  },
  notADistribution: {
    code: 'not-a-distribution',
    severity: 'notice',
    rule: 'Files that are not distributions are never uploaded.',
    fix: 'nothing to do; remove the file from the folder to silence this notice.',
  },
  wheelFilename: {
    code: 'wheel-filename',
    severity: 'error',
    rule: 'A wheel filename is `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`.',
    fix: 'do not rename wheels by hand; rebuild it with a standard build backend.',
  },
  wheelName: {
    code: 'wheel-filename-name',
    severity: 'error',
    rule: 'The name in a wheel filename is the normalized project name in lower case with `_` for every run of `-`, `_` and `.`.',
    fix: 'upgrade the build backend (recent setuptools, hatchling, flit-core, maturin and poetry-core all write normalized names), or rebuild.',
  },
  wheelVersion: {
    code: 'wheel-filename-version',
    severity: 'error',
    rule: 'The version in a wheel filename is a valid PEP 440 version.',
    fix: 'set a PEP 440 version in pyproject.toml (e.g. `1.2.0`, `1.2.0rc1`) and rebuild.',
  },
  wheelBuildTag: {
    code: 'wheel-build-tag',
    severity: 'error',
    rule: 'A wheel build tag starts with a digit.',
    fix: 'use a numeric build tag (`--build-number 1`) or none.',
  },
  wheelPlatformTag: {
    code: 'wheel-platform-tag',
    severity: 'error',
    rule: 'PyPI accepts only standard platform tags (any, win*, manylinux*, musllinux*, macosx*, ios, android, pyemscripten, linux_armv6l/armv7l).',
    fix: 'see the advice above.',
  },
  sdistFilename: {
    code: 'sdist-filename',
    severity: 'error',
    rule: 'An sdist filename is exactly `{name}-{version}.tar.gz`, with the normalized project name in lower case with `_` for `-`, and the normalized PEP 440 version.',
    fix: 'upgrade the build backend (setuptools >= 69.3 writes normalized sdist names; hatchling, flit-core and poetry-core already do) and rebuild.',
  },
} as const satisfies Record<string, RuleInfo>;
