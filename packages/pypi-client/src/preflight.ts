import {
  type CheckReport,
  type FileReport,
  failingProblems,
  hasErrors,
  PYPI_ONLY_RULES,
} from '@pypi-release/dists';
import { PublishError } from './errors';
import type { RemoteFile } from './simple-api';

/** Every problem of a failed pre-flight, in one error: nothing was uploaded. */
export function preflightError(
  report: CheckReport,
  strict: boolean,
  indexPolicy: 'pypi' | 'generic' = 'pypi',
): PublishError {
  const all = [...report.problems, ...report.files.flatMap((f) => f.problems)];
  const failing = failingProblems(report, strict);
  const lines = failing.map((p) => `- [${p.code}] ${p.message}`);
  const summary = hasErrors(all) || strict ? `${failing.length} problem(s)` : 'problems';
  const who = indexPolicy === 'pypi' ? 'PyPI' : 'the index';
  const hint = failing.some((p) => PYPI_ONLY_RULES.has(p.code))
    ? '\nSome of these rules are PyPI’s alone: for a private index, use the index policy "generic" ' +
      '(`index-policy: generic`, or `--index-policy generic`).'
    : '';
  return new PublishError(
    'preflight-failed',
    `${summary} would make ${who} refuse this release; nothing was uploaded:\n${lines.join('\n')}${hint}`,
  );
}

/** Files the index holds under the same name with other bytes: an error naming both hashes, or undefined. */
export function remoteConflicts(
  files: readonly FileReport[],
  remote: ReadonlyMap<string, RemoteFile>,
): PublishError | undefined {
  const lines: string[] = [];
  for (const file of files) {
    const existing = remote.get(file.filename);
    if (existing && existing.sha256 !== file.sha256) {
      lines.push(
        `- ${file.filename}: the index has sha256 ${existing.sha256 ?? '(not listed)'}, the local file ${file.sha256}`,
      );
    }
  }
  if (lines.length === 0) return undefined;
  return new PublishError(
    'file-exists-different',
    `the index already holds other bytes under ${lines.length} of these filenames; nothing was uploaded:\n` +
      `${lines.join('\n')}\nA published file can never be replaced: build and publish a new version.`,
  );
}
