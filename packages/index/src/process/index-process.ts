/**
 * The local index in a process of its own, so that it never shares an event loop with its clients or the timer
 * that measures them (benchmarks, load runs, crash tests). It runs from the sources through tsx.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { IndexConfigInput } from '../config';
import type { RecoveryReport } from '../storage/recovery';

const STDERR_KEPT = 64 * 1024;

export interface IndexProcessOptions {
  readonly dataDir: string;
  /** A token that may upload to every project (as `pypi-release serve --api-token`). */
  readonly apiToken: string;
  readonly config?: IndexConfigInput;
  /** How long the index may take to listen (default 30 s). */
  readonly startTimeoutMs?: number;
}

export interface IndexProcess {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  readonly uploadUrl: string;
  readonly simpleUrl: string;
  readonly pid: number;
  /** What the index's start-up recovery removed from the data directory. */
  readonly recovery: RecoveryReport;
  /** The last 64 KiB the index wrote to stderr (it logs unexpected request errors there). */
  stderr(): string;
  /** SIGKILL, as a crash; resolves once the process is gone. */
  kill(): Promise<void>;
  /** SIGTERM: the index finishes its requests and closes its database; resolves once the process is gone. */
  close(): Promise<void>;
}

/** Starts the index in a child process on a free port of 127.0.0.1; the child is killed if it fails to start. */
export async function startIndexProcess(options: IndexProcessOptions): Promise<IndexProcess> {
  // The workspace's tsx, resolved from here: the caller's working directory does not matter.
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const entry = fileURLToPath(new URL('./child.ts', import.meta.url));
  const args = ['--import', tsx, entry, resolvePath(options.dataDir), options.apiToken];
  if (options.config) args.push(JSON.stringify(options.config));
  // stdin stays an open pipe: the child stops when it ends, so it never outlives this process.
  const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEPT);
  });
  try {
    const ready = await firstLine(child, options.startTimeoutMs ?? 30_000, () => stderr);
    const { url, recovery } = JSON.parse(ready) as { url: string; recovery: RecoveryReport };
    return {
      url,
      uploadUrl: `${url}/legacy/`,
      simpleUrl: `${url}/simple/`,
      pid: child.pid ?? 0,
      recovery,
      stderr: () => stderr,
      kill: () => stop(child, 'SIGKILL'),
      close: () => stop(child, 'SIGTERM'),
    };
  } catch (error) {
    await stop(child, 'SIGKILL');
    throw error;
  }
}

function firstLine(child: ChildProcess, timeoutMs: number, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const settle = (fn: () => void): void => {
      clearTimeout(timer);
      lines.close();
      child.stdout?.resume(); // anything printed later is drained, never left to fill the pipe
      child.off('exit', onExit);
      child.off('error', onError);
      fn();
    };
    const timer = setTimeout(
      () => settle(() => reject(new Error(`the index did not listen within ${timeoutMs} ms: ${stderr()}`))),
      timeoutMs,
    );
    const onExit = (code: number | null, signal: string | null): void =>
      settle(() => reject(new Error(`the index exited (${code ?? signal}) before listening: ${stderr()}`)));
    const onError = (error: Error): void => settle(() => reject(error));
    lines.once('line', (line) => settle(() => resolve(line)));
    child.once('exit', onExit);
    child.once('error', onError);
  });
}

async function stop(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill(signal);
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
  child.stdin?.destroy();
}
