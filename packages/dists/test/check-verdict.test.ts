import { describe, expect, it } from 'vitest';
import { failingProblems } from '../src/check-verdict';
import type { Problem, Severity } from '../src/problem';

const problem = (code: string, severity: Severity): Problem => ({ code, severity, message: `${code}.` });

const report = {
  problems: [problem('set-warning', 'warning'), problem('set-notice', 'notice')],
  files: [
    { problems: [problem('file-error', 'error'), problem('file-notice', 'notice')] },
    { problems: [problem('file-warning', 'warning')] },
  ],
};

describe('failing problems', () => {
  it('fails on errors only without strict', () => {
    expect(failingProblems(report, false).map((p) => p.code)).toEqual(['file-error']);
  });

  it('fails on warnings too under strict, set first, then each file in order, never on notices', () => {
    expect(failingProblems(report, true).map((p) => p.code)).toEqual([
      'set-warning',
      'file-error',
      'file-warning',
    ]);
  });

  it('finds nothing failing in a report of notices, even under strict', () => {
    const quiet = { problems: [problem('set-notice', 'notice')], files: [] };
    expect(failingProblems(quiet, true)).toEqual([]);
  });
});
