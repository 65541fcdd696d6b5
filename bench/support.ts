import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { buildCliPackage } from '../scripts/cli-package';
import { NODE_ESM_BUNDLE } from '../scripts/esbuild-node';

export const ROOT = join(import.meta.dirname, '..');
export { TOOL_PYTHON } from '@pypi-release/testkit';

/**
 * Builds the npm package `pypi-release` (scripts/cli-package.ts) into `outDir`; returns its bundled entry. The
 * benchmarks run the CLI exactly as `npx pypi-release` runs it.
 */
export async function bundledCli(outDir: string): Promise<string> {
  return (await buildCliPackage(outDir)).bin;
}

/**
 * Bundles a TypeScript entry (the benchmarks' own probes) into ESM, so that timings measure our code, not a TS loader. Dynamic imports
 * become chunks of their own.
 */
export async function bundle(entry: string, outdir: string): Promise<string> {
  await build({
    entryPoints: { main: entry },
    outdir,
    outExtension: { '.js': '.mjs' },
    ...NODE_ESM_BUNDLE,
    // Native addons stay outside the bundle (the index's SQLite is loaded only by `serve`).
    external: ['libsql'],
  });
  return join(outdir, 'main.mjs');
}

export interface Timed {
  readonly ms: number;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion and measures its wall time. */
export function timed(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd ?? ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.env ? { env: options.env } : {}),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, stdout, stderr }));
  });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function row(cells: readonly (string | number)[]): string {
  return (
    cells
      // A cell wider than its column still keeps two spaces before the next one.
      .map((c) => (String(c).length >= 28 ? `${c}  ` : String(c).padEnd(28)))
      .join('')
      .trimEnd()
  );
}

/** Runs a command that must succeed; its failure names the command, exit code and the end of stderr. */
export async function mustRun(command: string, args: readonly string[]): Promise<Timed> {
  const result = await timed(command, args);
  if (result.code !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.code}): ${result.stderr.slice(-500)}`,
    );
  }
  return result;
}
