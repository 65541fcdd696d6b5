/**
 * Cold start of the bundled publish action on Node 24: from the spawn of `node dist/index.js` (as the runner
 * does it) to the first request reaching a loopback server. The server answers 403, so the action stops there.
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { median, ROOT } from './support';

export async function coldStart(
  packagesDir: string,
  runs: number,
  actionDir: string = join(ROOT, 'actions/publish'),
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
    }
  } finally {
    server.close();
    server.closeAllConnections();
  }
  return samples;
}

export function coldStartLine(samples: readonly number[]): string {
  const sorted = [...samples].sort((a, b) => a - b).map((ms) => ms.toFixed(0));
  return `cold start of the bundled publish action on Node 24, spawn to first request: median ${median(samples).toFixed(0)} ms of ${samples.length} (${sorted.join(', ')} ms; goal: < 300 ms)`;
}
