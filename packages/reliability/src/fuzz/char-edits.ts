import fc from 'fast-check';

/** Character-level edits of a short text seed (a filename): insert, delete, or repeat a stretch many times. */
export type CharEdit =
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'repeat'; readonly at: number; readonly length: number; readonly times: number };

export function charEdit(palette: fc.Arbitrary<string>): fc.Arbitrary<CharEdit> {
  return fc.oneof(
    fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: palette }),
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }) }),
    fc.record({
      kind: fc.constant('repeat' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 6 }),
      times: fc.oneof(fc.integer({ min: 2, max: 9 }), fc.constantFrom(1_000, 20_000)),
    }),
  );
}

export function applyCharEdits(text: string, edits: readonly CharEdit[]): string {
  return edits.reduce((current, edit) => {
    const at = edit.at % (current.length + 1);
    if (edit.kind === 'insert') return current.slice(0, at) + edit.text + current.slice(at);
    if (edit.kind === 'delete') return current.slice(0, at) + current.slice(at + edit.length);
    const stretch = current.slice(at, at + edit.length);
    return current.slice(0, at) + stretch.repeat(edit.times) + current.slice(at + edit.length);
  }, text);
}
