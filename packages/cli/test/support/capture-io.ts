import type { CliIo } from '../../src/cli-io';

export interface CapturedIo extends CliIo {
  /** Everything written to stdout so far. */
  out(): string;
  /** Everything written to stderr so far. */
  err(): string;
}

/** A CliIo that records what a command writes; its stop signal never fires. */
export function captureIo(env: Readonly<Record<string, string | undefined>> = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env,
    stopSignal: new Promise(() => {}),
  };
}
