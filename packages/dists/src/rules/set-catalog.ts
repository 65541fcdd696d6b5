import type { RuleInfo } from '../problem';

/** Rules on a release set as a whole (PYPI.md §3 "Set-level"), and on the inputs that make it. */
export const SET_RULES = {
  empty: {
    code: 'set-empty',
    severity: 'error',
    rule: 'A release needs at least one distribution.',
    fix: 'build first (`python -m build`), or point at the folder the build wrote to.',
  },
  missingPath: {
    code: 'path-not-found',
    severity: 'error',
    rule: 'Every path given must exist.',
    fix: 'check the path (relative paths start at the working directory).',
  },
  notAFile: {
    code: 'not-a-file',
    severity: 'error',
    rule: 'A distribution is a regular file.',
    fix: 'remove or rename the directory; a build never writes one with a distribution name.',
  },
  twoProjects: {
    code: 'set-projects',
    severity: 'error',
    rule: 'One release holds the distributions of one project.',
    fix: 'publish each project from its own folder (one `packages-dir` per project).',
  },
  twoVersions: {
    code: 'set-versions',
    severity: 'error',
    rule: 'One release holds one version.',
    fix: 'clean the output folder before building (stale files from an earlier build are the usual cause).',
  },
  twoSdists: {
    code: 'set-two-sdists',
    severity: 'error',
    rule: 'PyPI accepts only one sdist per release.',
    fix: 'keep one sdist; build it once, in one job, not in every matrix job.',
  },
  tooManyFiles: {
    code: 'set-too-many-files',
    severity: 'error',
    rule: `One release holds at most 2,000 distributions (the largest on PyPI hold a few hundred).`,
    fix: 'point at the folder of one release only; a matrix that builds more wheels than that needs splitting.',
  },
  conflictingFiles: {
    code: 'set-conflicting-files',
    severity: 'error',
    rule: 'Two files with the same name must have the same bytes.',
    fix: 'build each distribution once; when merging matrix artifacts, make sure only one job builds each file.',
  },
} as const satisfies Record<string, RuleInfo>;
