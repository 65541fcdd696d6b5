/** `pnpm bench`: every benchmark, figures printed as ratios against a peer measured in the same run. */
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { checkBench } from './check-bench';
import { publishBench } from './publish-bench';

const quick = process.argv.includes('--quick');
const lines = await checkBench({ wheels: quick ? 200 : 1000, hugeMiB: quick ? 64 : 1024 });
process.stdout.write(`${lines.join('\n')}\n`);
const publishLines = await publishBench({
  wheels: quick ? 13 : 60,
  wheelMiB: 2,
  largeMiB: quick ? 20 : 90,
  hugeMiB: quick ? 64 : 1024,
  runs: quick ? 1 : 3,
  coldRuns: quick ? 2 : 5,
  concurrencies: [1, 2, 4, 8],
  defaultConcurrency: DEFAULT_CONCURRENCY,
});
process.stdout.write(`${publishLines.join('\n')}\n`);
