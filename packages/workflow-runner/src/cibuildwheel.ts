import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { freshPython } from './fresh-python';
import { runProcess, shown } from './runner-log';
import type { StepScope } from './steps';
import type { StepResult } from './types';

/** What a `run:` script asks of cibuildwheel. */
export interface CibuildwheelCall {
  /** The script's lines that install cibuildwheel (pip, pipx, uv tool), as written. */
  readonly installs: string[];
  /** The cibuildwheel command line, as written. */
  readonly command: string;
  /** The project folder (cibuildwheel's positional `package_dir`, default `.`). */
  readonly packageDir: string;
  /** `--output-dir`, else `CIBW_OUTPUT_DIR`, else `wheelhouse`. */
  readonly outputDir: string;
}

const INSTALL = /^(?:python3?\s+-m\s+)?(?:pip3?|pipx|uv\s+(?:pip|tool))\s+install\b.*\bcibuildwheel\b/;
const RUN = /^(?:python3?\s+-m\s+|pipx\s+run\s+|uvx\s+)?cibuildwheel(?:[=@][^\s]*)?(?:\s|$)/;
/** cibuildwheel's options that take a value (the rest are flags). */
const WITH_VALUE = new Set([
  '--platform',
  '-p',
  '--archs',
  '--output-dir',
  '--config-file',
  '--only',
  '--enable',
]);

/**
 * Reads a `run:` script that installs and runs cibuildwheel. `undefined` when the script does not run
 * cibuildwheel; an error message when it does among other commands (the runner maps only the whole step).
 */
export function cibuildwheelCall(
  script: string,
  env: Record<string, string>,
): CibuildwheelCall | string | undefined {
  const lines = script
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const runs = lines.filter((l) => RUN.test(l));
  if (runs.length === 0) return undefined;
  const others = lines.filter((l) => !RUN.test(l) && !INSTALL.test(l));
  if (runs.length > 1 || others.length > 0)
    return `this run: step runs cibuildwheel among other commands (${[...runs.slice(1), ...others].join('; ')}): the local runner maps a step that only installs and runs cibuildwheel; put the other commands in a step of their own`;
  const command = runs[0] ?? '';
  const words = command.split(/\s+/);
  const args = words.slice(words.findIndex((w) => /^cibuildwheel\b/.test(w)) + 1);
  let outputDir = env.CIBW_OUTPUT_DIR || 'wheelhouse';
  let packageDir = '.';
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag = '', inline] = arg.split(/=(.*)/s);
    const value = inline ?? args[i + 1];
    if (WITH_VALUE.has(flag) && inline === undefined) i += 1;
    if (flag === '--output-dir' && value !== undefined) outputDir = value;
    else if (!arg.startsWith('-')) packageDir = arg;
  }
  return {
    installs: lines.filter((l) => INSTALL.test(l)),
    command,
    packageDir: unquote(packageDir),
    outputDir: unquote(outputDir),
  };
}

function unquote(word: string): string {
  return word.replace(/^(['"])(.*)\1$/, '$2');
}

/**
 * The local equivalent of a cibuildwheel step. cibuildwheel is not on the local index (nor anywhere here), and one
 * Linux machine stands in for every matrix OS, so the step does what cibuildwheel does for a pure project on one
 * platform: a build environment of its own made from the job's Python (setup-python's, else this machine's), the
 * `build` frontend installed into it with pip from the local index, then an isolated `python -m build --wheel`
 * whose backend pip also fetches from the index, into the same `--output-dir`. Each matrix job builds this
 * machine's wheel: for a pure project the same file (collect-dists keeps one copy); compiled extensions need the
 * real cibuildwheel per OS.
 */
export async function runCibuildwheel(
  name: string,
  call: CibuildwheelCall,
  cwd: string,
  env: Record<string, string>,
  scope: StepScope,
): Promise<StepResult> {
  const base = scope.python ?? scope.basePython;
  const fresh = await freshPython(
    base,
    join(scope.folder, 'cibuildwheel-env'),
    scope.python ? undefined : scope.cacheDir,
  );
  const install = ['-m', 'pip', 'install', 'build'];
  const flags = ['-m', 'build', '--wheel', '--outdir'];
  const wrote = [...call.installs, call.command].map((l) => `\`${l}\``).join(' + ');
  const mapped = `run: ${wrote} (cibuildwheel) → a fresh venv of the job's Python: \`python ${install.join(' ')}\` from the local index, then \`python ${flags.join(' ')} ${call.outputDir} ${call.packageDir}\` (isolated: its backend from the local index too). Not modelled: cibuildwheel itself (not on the local index) and the matrix OS (this one Linux machine builds every matrix job's wheel: the same file, for a pure project)`;
  scope.map(mapped);
  const outdir = join(cwd, call.outputDir);
  await mkdir(outdir, { recursive: true });
  const installed = await runProcess(fresh.python, install, cwd, env);
  const ran =
    installed.code === 0
      ? await runProcess(fresh.python, [...flags, outdir, join(cwd, call.packageDir)], cwd, env)
      : { code: installed.code, log: '' };
  const wheels = (await readdir(outdir)).filter((f) => f.endsWith('.whl'));
  const ok = ran.code === 0 && wheels.length > 0;
  const tail = ok ? `\n${wheels.length} wheel(s) in ${call.outputDir}: ${wheels.join(', ')}` : '';
  const log = [
    `python ${install.join(' ')}`,
    installed.log,
    `python ${flags.join(' ')} ${call.outputDir} ${call.packageDir}`,
    ran.log,
  ].join('\n');
  return {
    name,
    outcome: ok ? 'success' : 'failure',
    outputs: {},
    log: shown(`${log}${tail}`, scope.masks),
    summary: '',
    mapped,
  };
}
