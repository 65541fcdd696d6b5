import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../src/rules/all-rules';

describe('rule catalog', () => {
  it('gives every rule a unique kebab-case code, a rule sentence and a fix', () => {
    const codes = ALL_RULES.map((r) => r.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const rule of ALL_RULES) {
      expect(rule.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.rule.length, rule.code).toBeGreaterThan(10);
      expect(rule.fix.length, rule.code).toBeGreaterThan(5);
    }
  });
});
