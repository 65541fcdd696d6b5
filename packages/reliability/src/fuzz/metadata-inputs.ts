import fc from 'fast-check';
import { applyByteEdits, byteEdits, describeByteEdit } from './byte-edits';
import { applyLineEdits, describeLineEdit, lineEdit } from './line-edits';
import { longRun } from './long-runs';
import { FIELD_NAMES, FIELD_VALUES, MARKUP_FRAGMENTS, ODD_LINES, SEED_METADATA } from './metadata-seeds';

/** Core metadata as a parser sees it: text, or raw bytes (which may not be UTF-8), with how it was made. */
export interface MetadataInput {
  readonly how: string;
  readonly data: string | Buffer;
}

const fieldName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 24 }) },
);

const fieldValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...FIELD_VALUES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
);

/** One inline-markup fragment repeated along a line: thousands of openers that never close. */
const markupRun = fc
  .tuple(fc.constantFrom(...MARKUP_FRAGMENTS), fc.constantFrom(100, 2_000, 30_000))
  .map(([fragment, count]) => fragment.repeat(count));

/** Lines indented one step deeper each (nested lists, quotes, definitions), as one multi-line insert. */
const staircase = fc
  .record({
    item: fc.constantFrom('- x', '1. x', 'x', '* x', ':f: x', '.. note::', 'term'),
    count: fc.constantFrom(50, 300),
    step: fc.constantFrom(1, 2),
    blank: fc.boolean(),
  })
  .map(({ item, count, step, blank }) =>
    Array.from({ length: count }, (_, i) => `${' '.repeat(i * step)}${item}`).join(blank ? '\n\n' : '\n'),
  );

const oddLine = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_LINES) },
  { weight: 1, arbitrary: markupRun },
  {
    weight: 1,
    arbitrary: longRun(
      ['`a', '*a', '|a', 'a', 'Name: a', 'Requires-Dist: a', ':a:'],
      ['b`_', 'b`', 'b*', 'b', '>`_', ''],
    ),
  },
  { weight: 1, arbitrary: staircase },
  { weight: 1, arbitrary: fc.tuple(fieldName, fieldValue).map(([name, value]) => `${name}: ${value}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
);

/** Headers assembled field by field, then an optional body: every header shape the parser must take. */
const assembled: fc.Arbitrary<MetadataInput> = fc
  .record({
    headers: fc.array(fc.tuple(fieldName, fieldValue), { maxLength: 24 }),
    separator: fc.constantFrom(': ', ':', ' : ', ':\t'),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
    body: fc.option(fc.array(oddLine, { maxLength: 30 }), { nil: undefined }),
  })
  .map(({ headers, separator, eol, bom, body }) => {
    const head = headers.map(([name, value]) => `${name}${separator}${value.replace(/\n/g, `${eol} `)}`);
    const text = `${bom ? '\uFEFF' : ''}${head.join(eol)}${body ? `${eol}${eol}${body.join(eol)}` : eol}`;
    return {
      how: `${headers.length} assembled headers${body ? ` and ${body.length} body lines` : ''}`,
      data: text,
    };
  });

/** A valid seed with line edits, then maybe byte edits on its UTF-8 (which can break the encoding). */
const mutatedSeed: fc.Arbitrary<MetadataInput> = fc
  .record({
    seed: fc.nat({ max: SEED_METADATA.length - 1 }),
    lines: fc.array(lineEdit(oddLine), { maxLength: 6 }),
    bytes: byteEdits(3),
  })
  .map(({ seed, lines, bytes }) => {
    const text = applyLineEdits(SEED_METADATA[seed] ?? '', lines);
    const steps = [`seed ${seed}`, ...lines.map(describeLineEdit), ...bytes.map(describeByteEdit)];
    const data = bytes.length === 0 ? text : applyByteEdits(Buffer.from(text), bytes);
    return { how: steps.join('; '), data };
  });

/** Absurd counts: thousands of headers or continuation lines, around the parser's 10,000-header limit. */
const absurd: fc.Arbitrary<MetadataInput> = fc
  .record({
    count: fc.constantFrom(9_999, 10_000, 10_001, 30_000),
    line: fc.constantFrom('Classifier: Topic :: Utilities', ' continued', 'Requires-Dist: a>=1', 'X: '),
  })
  .map(({ count, line }) => ({
    how: `${count} × ${JSON.stringify(line)}`,
    data: `Metadata-Version: 2.1\nName: a\nVersion: 1\n${`${line}\n`.repeat(count)}\nbody\n`,
  }));

export const metadataInput: fc.Arbitrary<MetadataInput> = fc.oneof(
  { weight: 4, arbitrary: mutatedSeed },
  { weight: 3, arbitrary: assembled },
  {
    weight: 1,
    arbitrary: fc.string({ unit: 'binary', maxLength: 2000 }).map((data) => ({ how: 'random text', data })),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 2000 })
      .map((bytes) => ({ how: 'random bytes', data: Buffer.from(bytes) })),
  },
  { weight: 1, arbitrary: absurd },
);

/** The same inputs as member bytes for an archive (METADATA, PKG-INFO). */
export const metadataBytes: fc.Arbitrary<{ how: string; bytes: Buffer }> = metadataInput.map(
  ({ how, data }) => ({
    how,
    bytes: typeof data === 'string' ? Buffer.from(data) : data,
  }),
);
