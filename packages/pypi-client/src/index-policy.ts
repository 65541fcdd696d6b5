import { type CheckReport, failingProblems, type Problem, PYPI_ONLY_RULES } from '@pypi-release/dists';
import { PublishError } from './errors';

/** Which acceptance rules a release must pass: PyPI's, or those of any other index (`generic`). */
export type IndexPolicy = 'pypi' | 'generic';
/** `auto`: `pypi` for upload.pypi.org and test.pypi.org, `generic` for every other host. */
export type IndexPolicySetting = IndexPolicy | 'auto';

const PYPI_HOSTS = new Set(['upload.pypi.org', 'test.pypi.org', 'pypi.org']);

/** The policy in force for an upload URL. */
export function resolveIndexPolicy(setting: IndexPolicySetting, uploadUrl: string): IndexPolicy {
  if (setting !== 'auto') return setting;
  let host: string;
  try {
    host = new URL(uploadUrl).hostname;
  } catch {
    throw new PublishError('invalid-input', `repository URL ${JSON.stringify(uploadUrl)} is not a URL`);
  }
  return PYPI_HOSTS.has(host) ? 'pypi' : 'generic';
}

/** Turns the errors of PyPI-only rules into warnings under the generic policy, and recomputes `ok`. */
export function applyIndexPolicy(report: CheckReport, policy: IndexPolicy, strict: boolean): CheckReport {
  if (policy === 'pypi') return report;
  const relax = (problems: Problem[]): Problem[] =>
    problems.map((p) =>
      PYPI_ONLY_RULES.has(p.code) && p.severity === 'error'
        ? {
            ...p,
            severity: 'warning',
            message: `${p.message} (Only PyPI refuses this; the target index is not PyPI, so this is a warning. Use index policy "pypi" to refuse it.)`,
          }
        : p,
    );
  const files = report.files.map((f) => ({ ...f, problems: relax(f.problems) }));
  const problems = relax(report.problems);
  const ok = failingProblems({ files, problems }, strict).length === 0;
  return { ok, files, problems };
}
