import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BuildError } from './errors';
import { meaningfulLines } from './failure-lines';
import { type FrontendLock, lockDigest, lockedBuild, requirementsText } from './frontend-lock';
import { diagnosePipFailure, type IndexReachability } from './pip-failure';
import type { OutputLine, ProcessRunner } from './process-runner';
import type { PythonProbe } from './python-probe';
import { satisfiesPython } from './python-version';
import { redactUrl } from './redact-url';

/** How the `build` frontend is provided when the interpreter has none. */
export interface FrontendInstallOptions {
  readonly lock: FrontendLock;
  /** The folder the private venv goes in (`RUNNER_TEMP` on a runner): never the user's environment. */
  readonly tempDir: string;
  /** The index pip installs from; default: pip's own configuration (PyPI unless configured otherwise). */
  readonly indexUrl?: string | undefined;
}

export interface FrontendInstallContext {
  readonly env: Readonly<Record<string, string>>;
  readonly cwd: string;
  readonly runner: ProcessRunner;
  readonly probe: PythonProbe;
  readonly reachable: IndexReachability;
  readonly platform: NodeJS.Platform;
  readonly logger: { info(message: string): void };
}

/** The interpreter that runs `python -m build`, and a sentence for the job summary saying which build and whence. */
export interface PreparedFrontend {
  readonly python: string;
  readonly description: string;
}

/** An installed `build` older than this is not used (the pinned one is installed instead). */
export const MIN_INSTALLED_BUILD = '>=1.0';
const READY = 'pypi-release-frontend.json';

/**
 * The interpreter that runs `python -m build`: `python` itself when it already has a suitable `build`, else a
 * private venv made from it, holding the pinned `build` installed with `pip install --require-hashes` from the
 * lock. The venv is reused by later builds of the same job (same lock, same interpreter).
 */
export async function prepareBuildFrontend(
  python: string,
  options: FrontendInstallOptions,
  ctx: FrontendInstallContext,
): Promise<PreparedFrontend> {
  const { lock } = options;
  const { logger } = ctx;
  const pinned = lockedBuild(lock);
  const info = await ctx.probe(python, ctx.env);
  const where = `${python === info.executable ? python : `${python} (${info.executable})`}, Python ${info.version}`;
  if (info.build !== undefined && satisfiesPython(info.build, MIN_INSTALLED_BUILD)) {
    logger.info(
      `frontend: build ${info.build}, already installed in ${where} (the pinned ${pinned.version} is not installed)`,
    );
    return { python, description: `build ${info.build}, already installed in ${where}` };
  }
  if (!satisfiesPython(info.version, lock.requiresPython)) {
    const own = pinned['requires-python']
      ? `; build ${pinned.version} itself needs ${pinned['requires-python']}`
      : '';
    throw new BuildError(
      'python-unsupported',
      `${where} is outside what the frontend lock ${lock.source} supports (Python ${lock.requiresPython}${own}): ` +
        `use a supported Python (python-version in actions/setup-python), or install build into that interpreter first ` +
        `(${python} -m pip install build), which is then used as it is`,
    );
  }
  const key = createHash('sha256')
    .update(`${lockDigest(lock)}\n${info.executable}`)
    .digest('hex')
    .slice(0, 12);
  const venv = join(options.tempDir, `pypi-release-build-frontend-${key}`);
  const venvPython =
    ctx.platform === 'win32' ? join(venv, 'Scripts', 'python.exe') : join(venv, 'bin', 'python');
  const ready = await readFile(join(venv, READY), 'utf8').catch(() => undefined);
  if (ready !== undefined) {
    logger.info(`frontend: build ${pinned.version} from ${venv} (installed by an earlier step of this job)`);
    const earlier = JSON.parse(ready) as { index?: string };
    return {
      python: venvPython,
      description: `build ${pinned.version}, pinned by ${lock.source}, installed from ${earlier.index ?? 'the index'} by an earlier step`,
    };
  }
  const started = performance.now();
  await rm(venv, { recursive: true, force: true });
  await runStep(
    ctx,
    python,
    ['-m', 'venv', venv],
    (lines) =>
      new BuildError(
        'frontend-install-failed',
        `${python} -m venv ${venv} failed (${lines[0] ?? 'no output'}): the interpreter needs its venv module ` +
          '(on Debian/Ubuntu: apt-get install python3-venv; actions/setup-python has it)',
      ),
  );
  const requirements = join(venv, 'frontend-requirements.txt');
  await writeFile(requirements, requirementsText(lock));
  const pipArgs = ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '--require-hashes'];
  pipArgs.push('--only-binary', ':all:');
  if (options.indexUrl !== undefined) pipArgs.push('--index-url', options.indexUrl);
  pipArgs.push('-r', requirements);
  logger.info(
    `frontend: installing the pinned build ${pinned.version} (hashes from ${lock.source}) into ${venv}, a venv of ${where}`,
  );
  const output: OutputLine[] = [];
  const result = await ctx.runner.run(venvPython, pipArgs, {
    cwd: ctx.cwd,
    env: ctx.env,
    onLine: (line) => {
      output.push(line);
      logger.info(line.text);
    },
  });
  if (result.exitCode !== 0) {
    await rm(venv, { recursive: true, force: true });
    throw await diagnosePipFailure(output, { lock, indexUrl: options.indexUrl, reachable: ctx.reachable });
  }
  const index = indexOf(output, options.indexUrl);
  const installed = /^Successfully installed (.+)$/.exec(
    output.map((l) => l.text).find((t) => t.startsWith('Successfully installed')) ?? '',
  )?.[1];
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  await writeFile(
    join(venv, READY),
    `${JSON.stringify({ lock: lock.source, build: pinned.version, index })}\n`,
  );
  logger.info(
    `frontend: build ${pinned.version} installed from ${index} in ${seconds} s (${installed ?? 'pinned wheels'}; every sha256 checked against ${lock.source})`,
  );
  return {
    python: venvPython,
    description: `build ${pinned.version}, pinned by ${lock.source}, installed from ${index} in ${seconds} s`,
  };
}

async function runStep(
  ctx: FrontendInstallContext,
  command: string,
  args: string[],
  failure: (lines: string[]) => BuildError,
): Promise<void> {
  const result = await ctx.runner.run(command, args, { cwd: ctx.cwd, env: ctx.env });
  if (result.exitCode !== 0) throw failure(meaningfulLines(result.tail, 1));
}

/** The index pip read, as it said ("Looking in indexes: …"), else its default (PyPI). */
function indexOf(output: readonly OutputLine[], given: string | undefined): string {
  if (given !== undefined) return redactUrl(given);
  const line = output.find((l) => l.text.startsWith('Looking in indexes:'))?.text;
  return line
    ? line.slice('Looking in indexes:'.length).trim()
    : "pip's default index https://pypi.org/simple";
}
