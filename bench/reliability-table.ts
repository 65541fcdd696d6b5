/**
 * `pnpm bench:reliability [--runs N]`: only the reliability figures table of `pnpm bench` (fuzzing N inputs per
 * target, default 10,000); exits 1 when a goal is missed.
 */
import { reliabilityFigures } from './reliability';

const args = process.argv.slice(2).filter((a) => a !== '--');
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args[at + 1]) : 10_000;
if (!Number.isInteger(runs) || runs < 1 || args.length !== (at >= 0 ? 2 : 0)) {
  process.stderr.write(
    `usage: pnpm bench:reliability [--runs N]  (N: fuzz inputs per target, a positive integer; got ${args.join(' ') || 'nothing'})\n`,
  );
  process.exit(2);
}
const figures = await reliabilityFigures({ fuzzRuns: runs });
process.stdout.write(`${figures.lines.join('\n')}\n`);
process.exitCode = figures.failed ? 1 : 0;
