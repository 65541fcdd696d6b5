import { BuildError } from './errors';
import { meaningfulLines } from './failure-lines';
import { isNotFound, type ProcessRunner } from './process-runner';

/** What the build needs to know about an interpreter before it runs the frontend. */
export interface PythonInfo {
  /** `3.12.4` */
  readonly version: string;
  /** `sys.executable`: the interpreter's real path (where the name on PATH led). */
  readonly executable: string;
  /** The version of the `build` distribution installed in it, when there is one. */
  readonly build: string | undefined;
}

/** Asks an interpreter for its version and its `build`, given the environment the build runs with. */
export type PythonProbe = (python: string, env: Readonly<Record<string, string>>) => Promise<PythonInfo>;

// The installed distribution's metadata, not `import build`: a project's own `build/` folder is not a frontend.
const PROBE = [
  'import json, platform, sys',
  'try:',
  '    from importlib.metadata import version',
  '    b = version("build")',
  'except Exception:',
  '    b = None',
  'print(json.dumps({"version": platform.python_version(), "executable": sys.executable, "build": b}))',
].join('\n');

/** The real probe: `<python> -c <script>` printing one JSON line. */
export function processProbe(runner: ProcessRunner, cwd: string): PythonProbe {
  return async (python, env) => {
    let result: Awaited<ReturnType<ProcessRunner['run']>>;
    try {
      result = await runner.run(python, ['-I', '-c', PROBE], { cwd, env });
    } catch (error) {
      if (isNotFound(error))
        throw new BuildError(
          'interpreter-missing',
          `the Python interpreter "${python}" was not found: install Python (actions/setup-python in a workflow) ` +
            'or set `python` to the path of an interpreter',
          { cause: error },
        );
      throw new BuildError('internal', `could not start ${python}: ${String(error)}`, { cause: error });
    }
    const line = result.stdout.trim().split('\n').at(-1) ?? '';
    try {
      const data = JSON.parse(line) as { version: string; executable: string; build: string | null };
      return { version: data.version, executable: data.executable, build: data.build ?? undefined };
    } catch {
      const why = meaningfulLines(result.tail, 1)[0] ?? `exit code ${result.exitCode}`;
      throw new BuildError(
        'interpreter-missing',
        `"${python}" did not answer as a Python 3 interpreter (${why}): set \`python\` to a Python 3 interpreter`,
      );
    }
  };
}
