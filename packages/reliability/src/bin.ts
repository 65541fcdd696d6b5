/**
 * `pnpm test:reliability`: the fault matrix, the bad-input corpus, fuzzing, the secret scan, the load test and
 * the workflow audit, printed as one table; exits 1 when any goal is missed. `--bench` fuzzes 10,000 inputs per
 * target; `--only <section>[,<section>]` runs some sections.
 */

import { runReliability, SECTIONS, type SectionName } from './run-all';
import { BENCH_SCALE, TEST_SCALE } from './section';
import { formatTable } from './table';

const args = process.argv.slice(2).filter((a) => a !== '--');
const onlyAt = args.indexOf('--only');
const only =
  onlyAt >= 0 ? (args[onlyAt + 1] ?? '').split(',').map((s) => s.trim().replace(/-/g, ' ')) : undefined;
const unknown = only?.filter((s) => !(SECTIONS as readonly string[]).includes(s)) ?? [];
if (
  unknown.length > 0 ||
  args.some((a, i) => a.startsWith('--') && !['--bench', '--only'].includes(a) && i !== onlyAt + 1)
) {
  process.stderr.write(
    `usage: pnpm test:reliability [--bench] [--only <section>[,<section>]]\nsections: ${SECTIONS.map((n) => n.replace(/ /g, '-')).join(', ')}\n`,
  );
  process.exit(2);
}
const scale = args.includes('--bench') ? BENCH_SCALE : TEST_SCALE;
const started = performance.now();
const result = await runReliability(scale, {
  ...(only ? { only: only as SectionName[] } : {}),
  onSection: (name, seconds) =>
    process.stderr.write(`reliability: ${name} done in ${seconds.toFixed(1)} s\n`),
});
process.stdout.write(`\n${formatTable(result.rows)}\n`);
if (result.failures.length > 0) {
  process.stdout.write(`\nGoals missed:\n${result.failures.map((f) => `- ${f}`).join('\n')}\n`);
}
const met = result.rows.filter((r) => r.ok).length;
process.stdout.write(
  `\nreliability (${((performance.now() - started) / 1000).toFixed(0)} s, fuzzing ${scale.fuzzRuns} runs per target): ` +
    `${met} passed, ${result.rows.length - met} failed\n`,
);
process.exitCode = result.failures.length > 0 ? 1 : 0;
