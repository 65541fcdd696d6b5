/**
 * Start-up of the npm package's CLI: `pypi-release --version` from spawn to exit, on Node 20 (this process's) and
 * Node 24 (`npx -y node@24`, resolved once, then spawned directly), next to `node -e 0` on the same binary, so the
 * machine's own process start is visible beside the CLI's. Wall time, and the CPU time (user + system) that bash's
 * `time` reports for the child: on a loaded machine the wall time mostly measures the queue for a core.
 */
import { nodeBinary } from '@pypi-release/actions-runtime';
import { median, timed } from './support';

const GOAL_MS = 150;

export async function startupBench(cli: string, runs: number): Promise<string[]> {
  const lines = [`start-up of \`pypi-release --version\` (the npm package's bundle), median of ${runs} runs`];
  for (const major of [20, 24] as const) {
    const node = await nodeBinary(major === 20 ? 'current' : major);
    const version = (await timed(node, ['--version'])).stdout.trim();
    const ours = await medianOf(runs, node, [cli, '--version']);
    const bare = await medianOf(runs, node, ['-e', '0']);
    lines.push(
      `Node ${version}: wall ${ours.wall.toFixed(0)} ms, CPU ${ours.cpu.toFixed(0)} ms (goal: <= ${GOAL_MS} ms wall); ` +
        `\`node -e 0\` on the same binary: wall ${bare.wall.toFixed(0)} ms, CPU ${bare.cpu.toFixed(0)} ms`,
    );
  }
  return lines;
}

/** One warm-up run, then the medians of `runs` (wall and CPU, each its own run); any failure stops the bench. */
async function medianOf(runs: number, node: string, args: readonly string[]) {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const result = await timed(node, args);
    if (result.code !== 0)
      throw new Error(`${node} ${args.join(' ')} failed (exit ${result.code}): ${result.stderr}`);
    // bash's `time` keyword: the child's user and system CPU seconds, on stderr.
    const cpuRun = await timed('bash', [
      '-c',
      'TIMEFORMAT="%3U %3S"; time "$0" "$@" > /dev/null',
      node,
      ...args,
    ]);
    const [user = Number.NaN, system = Number.NaN] = (cpuRun.stderr.trim().split('\n').pop() ?? '')
      .split(' ')
      .map(Number);
    if (cpuRun.code !== 0 || Number.isNaN(user + system))
      throw new Error(`bash time failed: ${cpuRun.stderr}`);
    if (i > 0) {
      wall.push(result.ms);
      cpu.push((user + system) * 1000);
    }
  }
  return { wall: median(wall), cpu: median(cpu) };
}
