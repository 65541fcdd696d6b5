/** The PEP 517 build frontends the builder drives. */
export type Frontend = 'build' | 'uv';

export interface FrontendCommandOptions {
  readonly frontend: Frontend;
  /** The interpreter (`build`: runs `-m build`; `uv`: passed as `--python` when given). */
  readonly python: string | undefined;
  /** The `uv` executable. */
  readonly uv: string;
  readonly sdist: boolean;
  readonly wheel: boolean;
  readonly isolation: boolean;
  readonly outdir: string;
  readonly args: readonly string[];
  /** The source tree, as the frontend should see it (relative to its working directory). */
  readonly srcdir: string;
}

/**
 * The frontend's command line. With both sdist and wheel no selection flag is passed: both `python -m build`
 * and `uv build` then build the sdist first and the wheel *from the unpacked sdist* (a file missing from the
 * sdist breaks the wheel). Passing `--sdist --wheel` would build both from the source tree instead.
 */
export function frontendCommand(o: FrontendCommandOptions): { command: string; args: string[] } {
  const only = o.sdist && o.wheel ? [] : o.sdist ? ['--sdist'] : ['--wheel'];
  if (o.frontend === 'uv') {
    return {
      command: o.uv,
      args: [
        'build',
        ...only,
        ...(o.python === undefined ? [] : ['--python', o.python]),
        ...(o.isolation ? [] : ['--no-build-isolation']),
        '--out-dir',
        o.outdir,
        ...o.args,
        o.srcdir,
      ],
    };
  }
  return {
    command: o.python ?? 'python3',
    args: [
      '-m',
      'build',
      ...only,
      ...(o.isolation ? [] : ['--no-isolation']),
      '--outdir',
      o.outdir,
      ...o.args,
      o.srcdir,
    ],
  };
}

/** The interpreter on PATH: `python` on Windows (python.org and setup-python install no `python3.exe`). */
export function defaultPython(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'python' : 'python3';
}
