import type { SectionBuilder } from '../section';
import type { TargetResult } from './run-target';

/** Max and 99th percentile of the durations, in ms. */
export function timings(durations: readonly number[]): { max: number; p99: number } {
  if (durations.length === 0) return { max: 0, p99: 0 };
  const sorted = [...durations].sort((a, b) => a - b);
  const p99 = sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? 0;
  return { max: sorted[sorted.length - 1] ?? 0, p99 };
}

/** The row of one target: `no crash, no hang` and its timings, or what failed, with the input and its replay. */
export function addTargetRow(
  section: SectionBuilder,
  name: string,
  result: TargetResult,
  boundMs: number,
): void {
  const { max, p99 } = timings(result.durations);
  const figures = `${result.durations.length} runs, max ${max.toFixed(1)} ms/input, p99 ${p99.toFixed(1)} ms`;
  const failure = result.failure;
  if (!failure) {
    section.add({ case: name, outcome: `no crash, no hang (bound ${boundMs} ms/input)`, figures, ok: true });
    return;
  }
  const replay = `seed ${failure.seed}, path "${failure.path}"`;
  section.add(
    { case: name, outcome: failure.problem, figures, ok: false },
    `${failure.problem}; counterexample: ${failure.counterexample}; reproduce with ${replay}`,
  );
}
