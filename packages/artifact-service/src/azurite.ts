import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's fixed development account (documented by Microsoft; not a secret). */
export const AZURITE_ACCOUNT = 'devstoreaccount1';
export const AZURITE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface AzuriteOptions {
  readonly host?: string;
  /** How long to wait for Azurite to say it listens. */
  readonly startTimeoutMs?: number;
}

/** An Azurite blob service running as a child process. */
export interface Azurite {
  /** The account's blob endpoint, path style: `http://127.0.0.1:<port>/devstoreaccount1`. */
  readonly blobEndpoint: string;
  close(): Promise<void>;
}

const LISTENING = /successfully listens on (http:\/\/\S+)/;

/**
 * Starts Azurite's blob service on a free loopback port, in memory, and resolves once it prints the address it
 * listens on (bounded by `startTimeoutMs`).
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<Azurite> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const cwd = await mkdtemp(join(tmpdir(), 'azurite-'));
  const args = [
    main,
    ...['--blobHost', options.host ?? '127.0.0.1', '--blobPort', '0'],
    ...['--skipApiVersionCheck', '--disableTelemetry', '--silent', '--inMemoryPersistence'],
  ];
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await waitForAddress(child, options.startTimeoutMs ?? 30_000);
    return {
      blobEndpoint: `${url}/${AZURITE_ACCOUNT}`,
      close: async () => {
        await stop(child);
        await rm(cwd, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stop(child);
    await rm(cwd, { recursive: true, force: true });
    throw error;
  }
}

function waitForAddress(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => fail(`Azurite did not start within ${timeoutMs} ms`), timeoutMs);
    const fail = (reason: string) => {
      clearTimeout(timer);
      reject(new Error(`${reason}; its output:\n${output.trim()}`));
    };
    const onData = (chunk: string) => {
      output += chunk;
      const match = LISTENING.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        output = '';
        child.stdout?.off('data', onData).resume();
        resolve(match[1].replace(/\/$/, ''));
      }
    };
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
    });
    child.once('error', (error) => fail(`Azurite could not be started: ${error.message}`));
    child.once('exit', (code, signal) => fail(`Azurite exited early (code ${code}, signal ${signal})`));
  });
}

/** SIGTERM (Azurite closes cleanly), then SIGKILL if it has not exited within 10 s. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
