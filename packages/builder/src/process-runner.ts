import { spawn } from 'node:child_process';

export type OutputStream = 'stdout' | 'stderr';

export interface OutputLine {
  readonly stream: OutputStream;
  readonly text: string;
}

export interface RunOptions {
  readonly cwd: string;
  /** The child's whole environment (nothing is inherited besides it). */
  readonly env: Readonly<Record<string, string>>;
  /** Called with each line of output as it arrives, from either stream. */
  readonly onLine?: (line: OutputLine) => void;
}

export interface RunResult {
  /** The exit code, or null when a signal ended the process. */
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** Standard output (the first MAX_STDOUT characters), for short commands such as `git log`. */
  readonly stdout: string;
  /** The last TAIL_LINES lines of both streams, in arrival order. */
  readonly tail: readonly OutputLine[];
}

/**
 * Starts a program with an argument list — never through a shell. Rejects only when the program cannot be
 * started (Node's spawn error: `code: 'ENOENT'` when it is not found); a non-zero exit resolves.
 */
export interface ProcessRunner {
  run(command: string, args: readonly string[], options: RunOptions): Promise<RunResult>;
}

export const TAIL_LINES = 200;
const MAX_STDOUT = 1_000_000;

/** The real runner: `child_process.spawn` with `shell: false`, output split into lines as it streams. */
export const spawnRunner: ProcessRunner = {
  run(command, args, options) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, [...args], {
        cwd: options.cwd,
        env: { ...options.env },
        shell: false,
        stdio: ['ignore', 'pipe', 'pipe'],
        windowsHide: true,
      });
      let stdout = '';
      const tail: OutputLine[] = [];
      const push = (line: OutputLine): void => {
        tail.push(line);
        if (tail.length > TAIL_LINES) tail.shift();
        options.onLine?.(line);
      };
      const flushers = (['stdout', 'stderr'] as const).map((stream) => {
        let pending = '';
        child[stream].setEncoding('utf8').on('data', (chunk: string) => {
          if (stream === 'stdout' && stdout.length < MAX_STDOUT) stdout += chunk;
          const parts = (pending + chunk).split(/\r\n|\r|\n/);
          pending = parts.pop() ?? '';
          for (const text of parts) push({ stream, text });
        });
        return () => {
          if (pending !== '') push({ stream, text: pending });
          pending = '';
        };
      });
      child.on('error', reject);
      child.on('close', (exitCode, signal) => {
        for (const flush of flushers) flush();
        resolve({ exitCode, signal, stdout: stdout.slice(0, MAX_STDOUT), tail });
      });
    });
  },
};

/** `command arg…` as a person would type it (arguments with spaces or quotes are quoted), for messages. */
export function formatCommandLine(command: string, args: readonly string[]): string {
  return [command, ...args].map((a) => (a === '' || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}

/** True when `error` is Node's "program not found" spawn error. */
export function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
