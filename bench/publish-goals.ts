/**
 * `npx tsx bench/publish-goals.ts [--quick]`: issue 16's two publish goals alone (loopback, and the PyPI-like
 * latency profile), each from ≥ 5 interleaved runs; exits 1 when one is missed beyond the run-to-run noise
 * (`--quick`: 2 runs, never fails). `pnpm bench` runs the same functions.
 */
import { goalTable } from './goals';
import { latencyBench, latencyBenchOptions } from './latency-bench';
import { loopbackPublishGoals, loopbackPublishOptions } from './loopback-publish-bench';

const quick = process.argv.includes('--quick');
const loopback = await loopbackPublishGoals(loopbackPublishOptions(quick));
process.stdout.write(`${loopback.lines.join('\n')}\n\n`);
const latency = await latencyBench(latencyBenchOptions(quick));
process.stdout.write(`${latency.lines.join('\n')}\n\n`);
const table = goalTable([...loopback.goals, ...latency.goals]);
process.stdout.write(`${table.lines.join('\n')}\n`);
if (table.failed && !quick) process.exitCode = 1;
