import { describe, expect, it } from 'vitest';
import { problemFrom } from '../src/problem';

const RULE = { code: 'demo-rule', severity: 'error' as const, rule: 'A demo rule.', fix: 'Fix it.' };

describe('problem messages', () => {
  it('drop the final dots of the detail before adding their own', () => {
    expect(problemFrom(RULE, 'a.whl', 'it is wrong...').message).toBe(
      'a.whl: it is wrong. Rule: A demo rule. Fix: Fix it.',
    );
  });

  it('are built in linear time when the detail quotes a long run of dots (found by fuzzing)', () => {
    const detail = `"a${'.'.repeat(300_000)}b" is not valid`;
    const start = performance.now();
    const { message } = problemFrom(RULE, 'a.whl', detail);
    // `replace(/\.+$/, '')` retried at every dot of the run: this took 29 s.
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(message).toBe(`a.whl: ${detail}. Rule: A demo rule. Fix: Fix it.`);
  });
});
