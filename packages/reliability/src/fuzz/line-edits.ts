import fc from 'fast-check';

/**
 * Line-level edits of a text seed: insert a line from a palette, drop, duplicate or repeat a line (up to
 * thousands of times: absurd counts), indent it, cut it short, or change every line ending.
 */
export type LineEdit =
  | { readonly kind: 'insert'; readonly at: number; readonly line: string }
  | { readonly kind: 'drop'; readonly at: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly times: number }
  | { readonly kind: 'indent'; readonly at: number; readonly indent: string }
  | { readonly kind: 'cut'; readonly at: number; readonly keep: number }
  | { readonly kind: 'endings'; readonly eol: string };

export function lineEdit(palette: fc.Arbitrary<string>): fc.Arbitrary<LineEdit> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at, line: palette }),
    fc.record({ kind: fc.constant('drop' as const), at }),
    fc.record({
      kind: fc.constant('repeat' as const),
      at,
      times: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.constantFrom(500, 5_000, 10_001)),
    }),
    fc.record({
      kind: fc.constant('indent' as const),
      at,
      indent: fc.constantFrom(' ', '   ', '\t', ' '.repeat(40)),
    }),
    fc.record({ kind: fc.constant('cut' as const), at, keep: fc.nat({ max: 40 }) }),
    fc.record({ kind: fc.constant('endings' as const), eol: fc.constantFrom('\n', '\r\n', '\r', '\n\r') }),
  );
}

/** Repeats are capped so a text stays around a million characters at most (a long line is repeated fewer times). */
const MAX_REPEATED_CHARS = 1_000_000;

function repeatCount(times: number, line: string): number {
  return Math.max(1, Math.min(times, Math.floor(MAX_REPEATED_CHARS / (line.length + 1))));
}

export function applyLineEdits(text: string, edits: readonly LineEdit[]): string {
  let lines = text.split('\n');
  let eol = '\n';
  for (const edit of edits) {
    if (edit.kind === 'endings') {
      eol = edit.eol;
      continue;
    }
    const slots = edit.kind === 'insert' ? lines.length + 1 : lines.length;
    const i = edit.at % Math.max(slots, 1);
    const line = lines[i] ?? '';
    const replace = (...with_: string[]) => {
      lines = [...lines.slice(0, i), ...with_, ...lines.slice(i + 1)];
    };
    if (edit.kind === 'insert') lines = [...lines.slice(0, i), edit.line, ...lines.slice(i)];
    else if (edit.kind === 'drop') replace();
    else if (edit.kind === 'repeat')
      replace(...Array.from({ length: repeatCount(edit.times, line) }, () => line));
    else if (edit.kind === 'indent') replace(edit.indent + line);
    else replace(line.slice(0, edit.keep));
  }
  return lines.join(eol);
}

export function describeLineEdit(edit: LineEdit): string {
  switch (edit.kind) {
    case 'insert':
      return `insert line ${JSON.stringify(edit.line.slice(0, 40))}${edit.line.length > 40 ? '…' : ''} @${edit.at}`;
    case 'drop':
      return `drop line @${edit.at}`;
    case 'repeat':
      return `repeat line @${edit.at} ×${edit.times}`;
    case 'indent':
      return `indent line @${edit.at} by ${JSON.stringify(edit.indent)}`;
    case 'cut':
      return `cut line @${edit.at} to ${edit.keep} chars`;
    case 'endings':
      return `line endings ${JSON.stringify(edit.eol)}`;
  }
}
