import type { Problem } from './problem';

/** A check's findings: those of the set and its inputs, and each file's (a `CheckReport` or part of one). */
export interface CheckFindings {
  readonly files: readonly { readonly problems: readonly Problem[] }[];
  readonly problems: readonly Problem[];
}

/**
 * The problems that fail a release: every error, and under `strict` every warning too (notices never fail).
 * The set's problems come first, then each file's in order. Pre-flight before an upload and collect-dists both
 * decide with this, so a release one accepts the other accepts too.
 */
export function failingProblems(report: CheckFindings, strict: boolean): Problem[] {
  const all = [...report.problems, ...report.files.flatMap((f) => f.problems)];
  return all.filter((p) => p.severity === 'error' || (strict && p.severity === 'warning'));
}
