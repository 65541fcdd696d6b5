import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inspectWheel } from '@pypi-release/dists';
import { TOOL_PYTHON } from '@pypi-release/testkit';
import type { BuildLogger, BuildOptions } from '../../src/build-project';
import type { ProcessRunner, RunOptions } from '../../src/process-runner';
import { spawnRunner } from '../../src/process-runner';

export const execFileAsync = promisify(execFile);

/** Offline builds: Debian's interpreter, no isolation, no dependency check (Debian's hatchling lacks one). */
export const OFFLINE: BuildOptions = {
  python: TOOL_PYTHON,
  isolation: false,
  args: ['--skip-dependency-check'],
  env: { PATH: process.env.PATH, HOME: process.env.HOME },
};

export function memoryLogger(): BuildLogger & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(m) };
}

export interface RecordedCall {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: RunOptions;
}

/** The real runner, recording every command line and environment it is given. */
export function recordingRunner(): ProcessRunner & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  return {
    calls,
    run: (command, args, options) => {
      calls.push({ command, args, options });
      return spawnRunner.run(command, args, options);
    },
  };
}

export async function wheelMembers(path: string): Promise<readonly string[]> {
  return (await inspectWheel(path, path.split('/').pop() ?? path)).members;
}
