import { describe, expect, it } from 'vitest';
import { ALL_RULES } from '../src/rules/all-rules';
import { PYPI_ENFORCEMENT } from '../src/rules/pypi-enforcement';

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

describe('PyPI enforcement table (docs/rules.md)', () => {
  it('answers "does PyPI refuse this today?" for every rule, and only for rules', () => {
    const codes = ALL_RULES.map((r) => r.code).sort();
    expect(Object.keys(PYPI_ENFORCEMENT).sort()).toEqual(codes);
  });

  it('reports a rule PyPI does not enforce as an error only with a reason beside PyPI', () => {
    for (const rule of ALL_RULES) {
      const entry = PYPI_ENFORCEMENT[rule.code];
      if (entry?.pypi === 'accepts' && rule.severity === 'error')
        expect(entry.where.length, rule.code).toBeGreaterThan(20);
    }
  });
});
