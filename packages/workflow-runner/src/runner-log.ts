import { spawn } from 'node:child_process';

/** Runs a `run:` step's script with bash, as the runner does (`bash --noprofile --norc -eo pipefail`). */
export function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; log: string }> {
  return runProcess('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], cwd, env);
}

/** Runs a command (no shell) with exactly `env`; its stdout and stderr interleaved as one log. */
export function runProcess(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      log += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      log += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}

/**
 * A step's log as the runner shows it: `::add-mask::` registers a secret (for the rest of the run) and, like
 * `::debug::`, `::group::` and `::endgroup::`, is consumed (not between `::stop-commands::` and its end
 * token, which are consumed themselves); every secret is replaced by `***`.
 */
export function shown(log: string, masks: Set<string>): string {
  const kept: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      else kept.push(line);
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopped = stop[1];
      continue;
    }
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      if ((mask[1] ?? '') !== '') masks.add(mask[1] ?? '');
      continue;
    }
    if (/^::(debug|group|endgroup)::/.test(line)) continue;
    kept.push(line);
  }
  let text = kept.join('\n');
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) text = text.split(secret).join('***');
  return text;
}
