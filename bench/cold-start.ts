/**
 * Cold start of the bundled publish action on Node 24: from the spawn of `node dist/index.js` (as the runner
 * does it) to the first request reaching a loopback server. The server answers 403, so the action stops there.
 * `coldStartGoal` judges it (issue 16: <= 150 ms) against `node -e 0` on the same Node 24, run interleaved.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { nodeBinary, runAction } from '@pypi-release/actions-runtime';
import { formatSpread, GOAL_RUNS, type Goal, noiseOf, spreadOf } from './goals';
import { median, ROOT, timed } from './support';

const GOAL_MS = 150;

export async function coldStart(
  packagesDir: string,
  runs: number,
  actionDir: string = join(ROOT, 'actions/publish'),
  /** Runs after each of the action's runs (the floor, interleaved), warm-up included. */
  between?: (measured: boolean) => Promise<void>,
): Promise<number[]> {
  let firstRequestAt: number | undefined;
  const server = createServer((req, res) => {
    firstRequestAt ??= performance.now();
    req.resume();
    res.writeHead(403, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ message: 'Invalid API Token: the bench refuses every upload' }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const samples: number[] = [];
  try {
    // One warm-up run (fetches Node 24 once and warms the disk cache), then `runs` measured ones.
    for (let i = 0; i <= runs; i++) {
      firstRequestAt = undefined;
      const result = await runAction({
        actionDir,
        node: 24,
        inputs: {
          'repository-url': `http://127.0.0.1:${port}/legacy/`,
          'packages-dir': packagesDir,
          password: 'pypi-bench-cold-start-token',
        },
      });
      if (firstRequestAt === undefined || result.exitCode !== 1) {
        throw new Error(
          `the publish action sent no request (exit ${result.exitCode}): ${result.stdout.slice(-500)}`,
        );
      }
      if (i > 0) samples.push(firstRequestAt - result.spawnedAt);
      await between?.(i > 0);
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  return samples;
}

export function coldStartLine(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b).map((ms) => ms.toFixed(0));
  return `cold start of the bundled publish action on Node 24, spawn to first request: median ${median(samples).toFixed(0)} ms of ${samples.length} (${sorted.join(', ')} ms; goal: <= ${GOAL_MS} ms)`;
}

/**
 * The cold start as an issue-16 goal: at least GOAL_RUNS runs of the action, each followed by `node -e 0` on the
 * same Node 24 (spawn to exit), the floor no action can beat. Noise: the wider relative spread of the two.
 */
export async function coldStartGoal(
  packagesDir: string,
  runs: number,
  actionDir: string = join(ROOT, 'actions/publish'),
): Promise<{ lines: string[]; goal: Goal }> {
  const node = await nodeBinary(24);
  const floorSamples: number[] = [];
  const samples = await coldStart(packagesDir, Math.max(runs, GOAL_RUNS), actionDir, async (measured) => {
    const result = await timed(node, ['-e', '0']);
    if (result.code !== 0) throw new Error(`${node} -e 0 failed (exit ${result.code}): ${result.stderr}`);
    if (measured) floorSamples.push(result.ms);
  });
  const ours = spreadOf(samples);
  const floor = spreadOf(floorSamples);
  const detail = `spawn to first request ${formatSpread(ours, 'ms')}; floor \`node -e 0\` on the same Node 24, interleaved: ${formatSpread(floor, 'ms')}`;
  return {
    lines: [`cold start of the bundled publish action on Node 24: ${detail} (goal: <= ${GOAL_MS} ms)`],
    goal: {
      figure: 'action cold start, Node 24',
      value: ours.median,
      unit: 'ms',
      better: 'lower',
      limit: GOAL_MS,
      noise: noiseOf(ours, floor),
      detail,
    },
  };
}
