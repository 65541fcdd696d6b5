import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { checkFile, type FileReport, getField, releaseOf } from '@pypi-release/dists';
import { BuildError } from './errors';
import { meaningfulLines } from './failure-lines';
import { defaultPython, type Frontend, frontendCommand } from './frontend-command';
import { type FrontendInstallOptions, prepareBuildFrontend } from './frontend-install';
import { newDistributions, removeStrayGitignore, snapshotDir } from './out-dir';
import { fetchReachability, type IndexReachability } from './pip-failure';
import {
  formatCommandLine,
  isNotFound,
  type ProcessRunner,
  type RunResult,
  spawnRunner,
} from './process-runner';
import { type PythonProbe, processProbe } from './python-probe';
import { sourceDateEpoch } from './source-date-epoch';

export interface BuildOptions {
  /** The project folder (holding pyproject.toml); relative to the current directory. Default `.`. */
  readonly workingDirectory?: string | undefined;
  /** Where the distributions go; relative to the current directory. Default `<workingDirectory>/dist`. */
  readonly outdir?: string | undefined;
  /** `build` (`python -m build`, the default) or `uv` (`uv build`). */
  readonly frontend?: Frontend | undefined;
  /** The interpreter. Default for `build`: the one on PATH (`python3`, `python` on Windows); `uv` picks its own. */
  readonly python?: string | undefined;
  /** The `uv` executable (default `uv`, from PATH). */
  readonly uv?: string | undefined;
  /** Build the sdist (default true). With `wheel` too, the wheel is built from the sdist. */
  readonly sdist?: boolean | undefined;
  /** Build the wheel (default true). */
  readonly wheel?: boolean | undefined;
  /** Build in an isolated environment with the declared build requirements (default true). */
  readonly isolation?: boolean | undefined;
  /** Extra arguments for the frontend, passed as they are (no shell). */
  readonly args?: readonly string[] | undefined;
  /** The environment of the build; `SOURCE_DATE_EPOCH` is added from git when it has none. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /** Decides the default interpreter's name (default: this process's platform). */
  readonly platform?: NodeJS.Platform | undefined;
  /**
   * With the frontend `build` and isolation on: when the interpreter has no `build`, install the pinned one into
   * a private venv first (see `prepareBuildFrontend`). Without it, the interpreter must have `build`.
   */
  readonly frontendInstall?: FrontendInstallOptions | undefined;
}

/** Where progress goes: the frontend's output, line by line, and the builder's own notes. */
export interface BuildLogger {
  info(message: string): void;
}

export interface BuildDependencies {
  readonly logger: BuildLogger;
  /** Starts the frontend and git (default: `spawnRunner`). */
  readonly runner?: ProcessRunner;
  /** Asks the interpreter its version and its `build` (default: runs it). */
  readonly probe?: PythonProbe;
  /** Tells whether an index answers, to explain a failed install (default: one GET). */
  readonly reachable?: IndexReachability;
}

export interface BuiltDist {
  readonly filename: string;
  readonly path: string;
  readonly kind: 'sdist' | 'wheel';
  readonly size: number;
  readonly sha256: string;
}

export interface BuildResult {
  /** The project name, as the metadata spells it. */
  readonly name: string;
  /** The version (normalized PEP 440). */
  readonly version: string;
  readonly requiresPython: string | undefined;
  /** The distributions this build wrote: the sdist first, then the wheels. */
  readonly dists: readonly BuiltDist[];
  /** The absolute output folder. */
  readonly distDir: string;
  /** The frontend's command line, for logs. */
  readonly commandLine: string;
  readonly sourceDateEpoch: string | undefined;
  /** Which frontend ran and where it came from, when the builder prepared it (`build 1.6.1, pinned by …`). */
  readonly frontend: string | undefined;
}

/** Builds a Python project's sdist and/or wheel with a PEP 517 frontend and reads back what it wrote. */
export async function buildProject(options: BuildOptions, deps: BuildDependencies): Promise<BuildResult> {
  const { logger } = deps;
  const runner = deps.runner ?? spawnRunner;
  const sdist = options.sdist ?? true;
  const wheel = options.wheel ?? true;
  if (!sdist && !wheel) {
    throw new BuildError(
      'invalid-options',
      '`sdist` and `wheel` are both false: enable at least one of them',
    );
  }
  const frontend = options.frontend ?? 'build';
  const projectDir = resolve(options.workingDirectory ?? '.');
  const distDir = resolve(options.outdir ?? join(projectDir, 'dist'));
  const env = definedEntries(options.env ?? {});
  const epoch = await sourceDateEpoch(projectDir, env, runner);
  if (epoch.value !== undefined) {
    env.SOURCE_DATE_EPOCH = epoch.value;
    const when = new Date(Number(epoch.value) * 1000).toISOString();
    logger.info(
      `SOURCE_DATE_EPOCH=${epoch.value} (${when}, from the ${epoch.source === 'git' ? 'last commit' : 'environment'})`,
    );
  } else {
    logger.info(
      `SOURCE_DATE_EPOCH is not set and git gave none (${epoch.reason}): archive dates are the backend's choice`,
    );
  }
  const platform = options.platform ?? process.platform;
  const indexUrl = options.frontendInstall?.indexUrl;
  if (indexUrl !== undefined) {
    // The isolated build environment is filled by the frontend's installer: pip reads PIP_INDEX_URL, uv its own.
    if (frontend === 'uv') env.UV_DEFAULT_INDEX = indexUrl;
    else env.PIP_INDEX_URL = indexUrl;
  }
  let python = options.python ?? (frontend === 'build' ? defaultPython(platform) : undefined);
  const isolation = options.isolation ?? true;
  let prepared: string | undefined;
  if (frontend === 'build' && isolation && options.frontendInstall && python !== undefined) {
    const ready = await prepareBuildFrontend(python, options.frontendInstall, {
      env,
      cwd: projectDir,
      runner,
      probe: deps.probe ?? processProbe(runner, projectDir),
      reachable: deps.reachable ?? fetchReachability,
      platform,
      logger,
    });
    python = ready.python;
    prepared = ready.description;
  }
  const { command, args } = frontendCommand({
    frontend,
    python,
    uv: options.uv ?? 'uv',
    sdist,
    wheel,
    isolation,
    outdir: distDir,
    args: options.args ?? [],
    srcdir: '.',
  });
  const commandLine = formatCommandLine(command, args);
  await mkdir(distDir, { recursive: true });
  const before = await snapshotDir(distDir);
  logger.info(`${commandLine}  (in ${projectDir})`);
  let result: RunResult;
  try {
    result = await runner.run(command, args, {
      cwd: projectDir,
      env,
      onLine: (line) => logger.info(line.text),
    });
  } catch (error) {
    throw startFailure(error, frontend, command);
  }
  if (result.exitCode !== 0) throw buildFailure(result, commandLine, projectDir, python);
  if (await removeStrayGitignore(distDir, before))
    logger.info(`removed the stray .gitignore the build left in ${distDir}`);
  const filenames = await newDistributions(distDir, before);
  if (filenames.length === 0) {
    throw new BuildError('no-dists', `${commandLine} succeeded but wrote no .tar.gz or .whl into ${distDir}`);
  }
  const reports = await Promise.all(filenames.map((f) => checkFile(join(distDir, f))));
  reports.sort((a, b) => rank(a) - rank(b) || a.filename.localeCompare(b.filename));
  const release = releaseOf(reports);
  if (!release) {
    const names = reports.map((r) => r.filename).join(', ');
    throw new BuildError('unreadable-dist', `no name and version could be read from ${names} in ${distDir}`);
  }
  const requiresPython = reports
    .map((r) => (r.metadata ? getField(r.metadata, 'requires-python') : undefined))
    .find((v) => v !== undefined);
  return {
    name: release.name,
    version: release.version,
    requiresPython,
    dists: reports.map((r) => ({
      filename: r.filename,
      path: r.path,
      kind: r.kind === 'sdist' ? 'sdist' : 'wheel',
      size: r.size,
      sha256: r.sha256,
    })),
    distDir,
    commandLine,
    sourceDateEpoch: epoch.value,
    frontend: prepared,
  };
}

function rank(report: FileReport): number {
  return report.kind === 'sdist' ? 0 : 1;
}

function definedEntries(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}

function startFailure(error: unknown, frontend: Frontend, command: string): BuildError {
  if (!isNotFound(error))
    return new BuildError('internal', `could not start ${command}: ${String(error)}`, { cause: error });
  if (frontend === 'uv') {
    return new BuildError(
      'frontend-missing',
      `uv was not found ("${command}" is not on PATH): install it first (astral-sh/setup-uv in a workflow, ` +
        'https://docs.astral.sh/uv/ elsewhere) or use the frontend `build` (python -m build)',
      { cause: error },
    );
  }
  return new BuildError(
    'interpreter-missing',
    `the Python interpreter "${command}" was not found: install Python (actions/setup-python in a workflow) ` +
      'or set `python` to the path of an interpreter',
    { cause: error },
  );
}

function buildFailure(
  result: RunResult,
  commandLine: string,
  projectDir: string,
  python: string | undefined,
): BuildError {
  const status =
    result.exitCode === null ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
  const lines = meaningfulLines(result.tail);
  if (lines.some((l) => /No module named build\b/.test(l))) {
    return new BuildError(
      'frontend-missing',
      `${python ?? 'python'} has no \`build\` module (${commandLine} ${status}): install it with ` +
        `\`${python ?? 'python'} -m pip install build\`, set \`python\` to an interpreter that has it, or use the frontend \`uv\``,
    );
  }
  const why = lines.length > 0 ? `:\n${lines.map((l) => `  ${l}`).join('\n')}` : ' and printed nothing';
  return new BuildError('build-failed', `the build of ${projectDir} failed: ${commandLine} ${status}${why}`);
}
