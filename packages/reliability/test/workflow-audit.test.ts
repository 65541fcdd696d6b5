import { describe, expect, it } from 'vitest';
import { runWorkflowAudit } from '../src/workflow-audit';

describe('workflow audit', () => {
  // Both checks are synchronous and take a fraction of a second: run once, one test per row.
  const report = runWorkflowAudit();

  it('has its two rows: every file audited, every rule caught', () => {
    expect(report.rows.map((r) => r.case)).toEqual([
      'every workflow and action file',
      'each rule catches a planted violation',
    ]);
  });

  it.each(report.rows)('$case: $outcome ($figures)', (row) => {
    expect(report.failures.filter((f) => f.startsWith(`workflow audit / ${row.case}:`))).toEqual([]);
    expect(row.ok).toBe(true);
  });
});
