import type { Row } from './section';

/** The rows as one plain-text table, columns padded to their widest cell, with a verdict column. */
export function formatTable(rows: readonly Row[]): string {
  const header = ['section', 'case', 'outcome', 'figures', 'goal'];
  const cells = rows.map((r) => [r.section, r.case, r.outcome, r.figures, r.ok ? 'met' : 'MISSED']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...cells.map(line)].join('\n');
}
