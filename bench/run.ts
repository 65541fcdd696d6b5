/** `pnpm bench`: every benchmark, figures printed as ratios against a peer measured in the same run. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { checkBench } from './check-bench';
import { latencyBench } from './latency-bench';
import { publishBench } from './publish-bench';
import { realWheelCorpus } from './real-wheel-corpus';
import { reliabilityFigures } from './reliability';
import { startupBench } from './startup-bench';
import { bundledCli } from './support';

const quick = process.argv.includes('--quick');
const cliDir = await mkdtemp(join(tmpdir(), 'bench-cli-'));
try {
  const startup = await startupBench(await bundledCli(cliDir), quick ? 10 : 20);
  process.stdout.write(`${startup.join('\n')}\n`);
} finally {
  await rm(cliDir, { recursive: true, force: true });
}
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

// A PyPI-like latency profile (issue 16): 30 wheels, our default concurrency against twine and the profile's floor.
const latency = await latencyBench({
  wheels: 30,
  wheelMiB: 1,
  runs: quick ? 1 : 5,
  concurrency: DEFAULT_CONCURRENCY,
});
process.stdout.write(`\n${latency.lines.join('\n')}\n`);
if (latency.missed) process.exitCode = 1;

// The real-wheel corpus (issue: no false refusals): every wheel pip sees (`--quick`: the test:corpus sample).
const corpus = await realWheelCorpus({ full: !quick });
process.stdout.write(`\n${corpus.lines.join('\n')}\n`);
if (corpus.failed) process.exitCode = 1;

// The reliability figures table (issue 7), fuzzing at the benchmark's scale: 10,000 inputs per target
// (`--quick`: 1,000). `pnpm test` runs the same cases, one test each, fuzzing 300 inputs per target.
const reliability = await reliabilityFigures({ fuzzRuns: quick ? 1_000 : 10_000 });
process.stdout.write(`\nreliability\n${reliability.lines.join('\n')}\n`);
if (reliability.failed) process.exitCode = 1;
