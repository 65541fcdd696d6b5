/**
 * `pnpm bench [--quick] [--goals]`: every benchmark, figures printed against a peer or floor measured in the same
 * run, and issue 16's goals judged in one table at the end (`bench/goals.ts`): the bench exits 1 when a goal is
 * missed by more than the run-to-run noise it prints. `--goals` runs only the goals' benchmarks; `--quick` runs
 * fewer and smaller inputs while developing, and never fails on a goal.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { attestedPublishRss } from './attested-publish-rss';
import { checkBench } from './check-bench';
import { checkLargeBench } from './check-large-bench';
import { coldStartGoal } from './cold-start';
import { GOAL_RUNS, type Goal, goalTable } from './goals';
import { latencyBench, latencyBenchOptions } from './latency-bench';
import { loopbackPublishGoals, loopbackPublishOptions } from './loopback-publish-bench';
import { publishBench } from './publish-bench';
import { checkedRelease } from './publish-runs';
import { realWheelCorpus } from './real-wheel-corpus';
import { reliabilityFigures } from './reliability';
import { startupGoals } from './startup-bench';
import { bundledCli } from './support';

const quick = process.argv.includes('--quick');
const goalsOnly = process.argv.includes('--goals');
const runs = quick ? 2 : GOAL_RUNS;
const goals: Goal[] = [];
const print = (lines: readonly string[]): void => {
  process.stdout.write(`\n${lines.join('\n')}\n`);
};

// Issue 16's goals. 1: start-up of the npm package's CLI (`--version`, `check` of one wheel), Node 20 and 24.
const work = await mkdtemp(join(tmpdir(), 'bench-run-'));
try {
  const startup = await startupGoals(await bundledCli(join(work, 'cli')), quick ? 5 : 15);
  print(startup.lines);
  goals.push(...startup.goals);

  // 2: the bundled publish action's cold start on Node 24, spawn to first request.
  const tiny = join(work, 'tiny');
  await checkedRelease(tiny, 1, 1);
  const cold = await coldStartGoal(tiny, quick ? 3 : 10);
  print(cold.lines);
  goals.push(cold.goal);
} finally {
  await rm(work, { recursive: true, force: true });
}

// 3: `check` of the largest real wheels pip sees, against the sha256 + BLAKE2b-256 floor; its peak RSS.
const large = await checkLargeBench({ wheels: quick ? 3 : 10, runs });
print(large.lines);
goals.push(...large.goals);

// 4: publish on loopback (30 x 1 MiB) against twine and a parallel-curl floor.
const loopback = await loopbackPublishGoals(loopbackPublishOptions(quick));
print(loopback.lines);
goals.push(...loopback.goals);

// 5: publish under the PyPI-like latency profile, against twine and the profile's floor.
const latency = await latencyBench(latencyBenchOptions(quick));
print(latency.lines);
goals.push(...latency.goals);

// 6: peak memory of publishing a huge wheel with attestations on.
const attested = await attestedPublishRss({ hugeMiB: quick ? 64 : 1024, runs });
print(attested.lines);
goals.push(...attested.goals);

if (!goalsOnly) {
  // Information beside the goals: 1,000 small wheels against twine check; a 208 MiB release against twine and
  // curl with our concurrency sweep; the real-wheel corpus; the reliability table.
  print(await checkBench({ wheels: quick ? 200 : 1000, hugeMiB: quick ? 64 : 1024 }));
  print(
    await publishBench({
      wheels: quick ? 13 : 60,
      wheelMiB: 2,
      largeMiB: quick ? 20 : 90,
      hugeMiB: quick ? 64 : 1024,
      runs: quick ? 1 : 3,
      coldRuns: quick ? 2 : 5,
      concurrencies: [1, 2, 4, 8],
      defaultConcurrency: DEFAULT_CONCURRENCY,
    }),
  );
  // The real-wheel corpus (no false refusals): every wheel pip sees (`--quick`: the test:corpus sample).
  const corpus = await realWheelCorpus({ full: !quick });
  print(corpus.lines);
  if (corpus.failed) process.exitCode = 1;
  // The reliability figures table, fuzzing at the benchmark's scale: 10,000 inputs per target (`--quick`: 1,000).
  // `pnpm test` runs the same cases, one test each, fuzzing 300 inputs per target.
  const reliability = await reliabilityFigures({ fuzzRuns: quick ? 1_000 : 10_000 });
  print(['reliability', ...reliability.lines]);
  if (reliability.failed) process.exitCode = 1;
}

const table = goalTable(goals);
print(table.lines);
if (table.failed && !quick) process.exitCode = 1;
