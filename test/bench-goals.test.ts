import { describe, expect, it } from 'vitest';
import { type Goal, goalTable, noiseOf, ratioGoal, spreadOf, verdictOf } from '../bench/goals';

const goal = (value: number, overrides: Partial<Goal> = {}): Goal => ({
  figure: 'f',
  value,
  unit: 'ms',
  better: 'lower',
  limit: 150,
  noise: 0.1,
  detail: '',
  ...overrides,
});

describe('bench goals (issue 16): a miss fails the bench only beyond the run-to-run noise', () => {
  it('judges lower-is-better figures against the limit and its noise', () => {
    expect(verdictOf(goal(150))).toBe('met');
    expect(verdictOf(goal(160))).toBe('missed, within noise');
    expect(verdictOf(goal(166))).toBe('MISSED');
  });

  it('judges higher-is-better figures the other way', () => {
    const g = (value: number) => goal(value, { better: 'higher', limit: 70, unit: '%' });
    expect(verdictOf(g(70))).toBe('met');
    expect(verdictOf(g(64))).toBe('missed, within noise');
    expect(verdictOf(g(62))).toBe('MISSED');
  });

  it('takes the noise from the widest spread and fails the table on a MISSED row', () => {
    const a = spreadOf([100, 110, 105, 120, 101]);
    expect(a).toEqual({ min: 100, median: 105, max: 120, runs: 5 });
    expect(noiseOf(a, spreadOf([10, 10, 10]))).toBeCloseTo(20 / 105);
    expect(goalTable([goal(150), goal(160)]).failed).toBe(false);
    const table = goalTable([goal(150), goal(200)]);
    expect(table.failed).toBe(true);
    expect(table.lines.join('\n')).toContain('MISSED');
  });

  it('makes a ratio goal from medians, with the noise of both sides, or of ours alone against a computed floor', () => {
    const ours = spreadOf([90, 100, 110]);
    const peer = spreadOf([190, 200, 250]);
    const measured = ratioGoal({ figure: 'f', ours, peer, peerName: 'twine', limit: 0.6 });
    expect(measured.value).toBeCloseTo(0.5);
    expect(measured.noise).toBeCloseTo(0.3);
    expect(verdictOf(measured)).toBe('met');
    const computed = ratioGoal({ figure: 'f', ours, peer: 80, peerName: 'the floor', limit: 1.2 });
    expect(computed.value).toBeCloseTo(1.25);
    expect(computed.noise).toBeCloseTo(0.2);
    expect(verdictOf(computed)).toBe('missed, within noise');
    expect(computed.detail).toContain('the floor 80 ms');
  });
});
