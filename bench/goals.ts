/**
 * Issue 16's goals, judged the same way by every benchmark: each figure comes from ≥ 5 runs (min/median/max are
 * printed), is compared with its goal, and is called missed only when it misses by more than the run-to-run noise
 * measured in the same run. `pnpm bench` prints every goal in one table and exits non-zero when one is MISSED.
 */
import { median } from './support';

/** How many runs every goal's figure takes at least (`--quick` runs fewer and never fails the bench). */
export const GOAL_RUNS = 5;

export interface Spread {
  readonly min: number;
  readonly median: number;
  readonly max: number;
  readonly runs: number;
}

export function spreadOf(samples: readonly number[]): Spread {
  if (samples.length === 0) throw new Error('a goal needs at least one sample');
  return {
    min: Math.min(...samples),
    median: median(samples),
    max: Math.max(...samples),
    runs: samples.length,
  };
}

/** The relative run-to-run noise of one or more spreads: the widest (max - min) / median among them. */
export function noiseOf(...spreads: readonly Spread[]): number {
  return Math.max(0, ...spreads.map((s) => (s.median > 0 ? (s.max - s.min) / s.median : 0)));
}

export type Verdict = 'met' | 'missed, within noise' | 'MISSED';

export interface Goal {
  /** What is measured, e.g. "check start-up, Node 20". */
  readonly figure: string;
  /** The figure judged (a median, or a ratio of medians). */
  readonly value: number;
  readonly unit: 'ms' | 'x' | 'MB' | '%';
  readonly better: 'lower' | 'higher';
  readonly limit: number;
  /** Relative noise (0.05 = 5%) from the same run's samples: the tolerance before a miss fails the bench. */
  readonly noise: number;
  /** The figure's own spread, and its peer or floor from the same run, in words. */
  readonly detail: string;
}

/**
 * "ours / peer, lower is better" from the same run's samples: the ratio of the medians, judged with the noise of
 * both (a computed peer, like a profile's floor, has none: pass its spread as `undefined` and its value as `peerMs`).
 */
export function ratioGoal(options: {
  figure: string;
  ours: Spread;
  peer: Spread | number;
  peerName: string;
  limit: number;
}): Goal {
  const { ours, peer } = options;
  const peerMs = typeof peer === 'number' ? peer : peer.median;
  const peerDetail = typeof peer === 'number' ? `${peer.toFixed(0)} ms` : formatSpread(peer, 'ms');
  return {
    figure: options.figure,
    value: ours.median / peerMs,
    unit: 'x',
    better: 'lower',
    limit: options.limit,
    noise: typeof peer === 'number' ? noiseOf(ours) : noiseOf(ours, peer),
    detail: `ours ${formatSpread(ours, 'ms')}; ${options.peerName} ${peerDetail}`,
  };
}

export function verdictOf(goal: Goal): Verdict {
  if (goal.better === 'lower') {
    if (goal.value <= goal.limit) return 'met';
    return goal.value <= goal.limit * (1 + goal.noise) ? 'missed, within noise' : 'MISSED';
  }
  if (goal.value >= goal.limit) return 'met';
  return goal.value >= goal.limit * (1 - goal.noise) ? 'missed, within noise' : 'MISSED';
}

export function formatValue(value: number, unit: Goal['unit']): string {
  if (unit === 'x') return `${value.toFixed(2)}x`;
  if (unit === '%') return `${value.toFixed(0)}%`;
  return `${value.toFixed(0)} ${unit}`;
}

export function formatSpread(s: Spread, unit: Goal['unit']): string {
  return `${formatValue(s.median, unit)} (min ${formatValue(s.min, unit)}, max ${formatValue(s.max, unit)}, ${s.runs} runs)`;
}

/** The table of every goal, its columns as wide as their widest cell; `failed` when one is MISSED beyond its noise. */
export function goalTable(goals: readonly Goal[]): { lines: string[]; failed: boolean } {
  const header = ['figure', 'measured', 'goal', 'noise', 'verdict'];
  const rows = goals.map((goal) => [
    goal.figure,
    formatValue(goal.value, goal.unit),
    `${goal.better === 'lower' ? '<=' : '>='} ${formatValue(goal.limit, goal.unit)}`,
    `${(goal.noise * 100).toFixed(0)}%`,
    verdictOf(goal),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  const lines = [
    'issue 16 goals (each against its peer or floor from the same run; a miss within the run-to-run noise does not fail the bench)',
    line(header),
  ];
  goals.forEach((goal, i) => {
    lines.push(line(rows[i] ?? []), `    ${goal.detail}`);
  });
  return { lines, failed: goals.some((goal) => verdictOf(goal) === 'MISSED') };
}
