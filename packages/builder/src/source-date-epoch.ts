import { meaningfulLines } from './failure-lines';
import { isNotFound, type ProcessRunner } from './process-runner';

export interface SourceDateEpoch {
  /** Seconds since 1970, as the variable holds it; undefined when neither the environment nor git gives one. */
  readonly value: string | undefined;
  readonly source: 'environment' | 'git' | 'none';
  /** Why git gave none (not a checkout, git missing, …). */
  readonly reason?: string;
}

/**
 * `SOURCE_DATE_EPOCH` for reproducible archives: the environment's when set, else the committer date of the
 * last commit of the checkout holding `projectDir` (`git log -1 --format=%ct`).
 */
export async function sourceDateEpoch(
  projectDir: string,
  env: Readonly<Record<string, string>>,
  runner: ProcessRunner,
): Promise<SourceDateEpoch> {
  const given = env.SOURCE_DATE_EPOCH;
  if (given !== undefined && given !== '') return { value: given, source: 'environment' };
  try {
    const result = await runner.run('git', ['log', '-1', '--format=%ct'], { cwd: projectDir, env });
    const value = result.stdout.trim();
    if (result.exitCode === 0 && /^\d+$/.test(value)) return { value, source: 'git' };
    const why = meaningfulLines(result.tail, 1)[0] ?? `git exited with ${result.exitCode}`;
    return { value: undefined, source: 'none', reason: why };
  } catch (error) {
    const reason = isNotFound(error) ? 'git is not installed' : String(error);
    return { value: undefined, source: 'none', reason };
  }
}
