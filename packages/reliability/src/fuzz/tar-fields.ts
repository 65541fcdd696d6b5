import fc from 'fast-check';

/**
 * Field-level edits of a built tar stream: overwrite one field of the n-th ustar header (size, type, names,
 * magic, checksum) with a value from the edges of the format, and recompute checksums so that the edited
 * header gets past the checksum test and into the parser proper.
 */
const FIELDS = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  size: [124, 12],
  mtime: [136, 12],
  checksum: [148, 8],
  type: [156, 1],
  linkName: [157, 100],
  magic: [257, 6],
  version: [263, 2],
  prefix: [345, 155],
} as const satisfies Record<string, readonly [number, number]>;

type Field = keyof typeof FIELDS;

const base256 = (...bytes: number[]) => Buffer.from([...bytes, ...Array<number>(12 - bytes.length).fill(0)]);

/** Values for numeric fields: octal at the limits, padding variants, junk, GNU base-256 (huge and negative). */
const NUMBERS: readonly Buffer[] = [
  Buffer.from('77777777777\0'),
  Buffer.from('00000001000\0'),
  Buffer.from(' 1000 \0\0\0\0\0\0'),
  Buffer.from('-1\0'),
  Buffer.from('8\0'),
  Buffer.from('1e3\0'),
  Buffer.alloc(12),
  Buffer.alloc(12, 0x20),
  base256(0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10, 0),
  base256(0x80, 0, 0, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff, 0xff),
  Buffer.alloc(12, 0xff),
  base256(0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
  base256(0x80, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff),
];

const NAMES: readonly string[] = [
  '../escape',
  '/abs/path',
  'demo_pkg-1.0/../../up',
  './demo_pkg-1.0/PKG-INFO',
  'demo_pkg-1.0/PKG-INFO',
  'other-2.0/PKG-INFO',
  'demo_pkg-1.0',
  '',
  'a'.repeat(100),
  'dęmo\u0000hidden',
];

const TYPES = [
  '0',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  'x',
  'g',
  'L',
  'K',
  'S',
  'V',
  'M',
  'D',
  '\0',
  'Z',
  '\u00ff',
];

function valuesFor(field: Field): fc.Arbitrary<Buffer> {
  const text = (values: readonly string[]) => fc.constantFrom(...values).map((v) => Buffer.from(v, 'latin1'));
  switch (field) {
    case 'name':
    case 'linkName':
    case 'prefix':
      return fc.oneof(
        fc.constantFrom(...NAMES).map((v) => Buffer.from(v)),
        fc.uint8Array({ maxLength: 100 }).map((b) => Buffer.from(b)),
      );
    case 'type':
      return text(TYPES);
    case 'magic':
      return text(['ustar\0', 'ustar ', 'gnutar', '\0\0\0\0\0\0']);
    case 'version':
      return text(['00', ' \0', 'xx']);
    default:
      return fc.oneof(
        fc.constantFrom(...NUMBERS),
        fc.uint8Array({ minLength: 1, maxLength: 12 }).map((b) => Buffer.from(b)),
      );
  }
}

export interface TarFieldEdit {
  readonly index: number;
  readonly field: Field;
  readonly value: Buffer;
}

export const tarFieldEdit: fc.Arbitrary<TarFieldEdit> = fc
  .constantFrom(...(Object.keys(FIELDS) as Field[]))
  .chain((field) =>
    fc.record({ index: fc.nat({ max: 16 }), field: fc.constant(field), value: valuesFor(field) }),
  );

const BLOCK = 512;

/** Offsets of blocks that carry the ustar magic (the headers of a stream built by the testkit). */
export function headerOffsets(tar: Buffer): number[] {
  const found: number[] = [];
  for (let at = 0; at + BLOCK <= tar.length; at += BLOCK) {
    if (tar.subarray(at + 257, at + 262).toString('latin1') === 'ustar') found.push(at);
  }
  return found;
}

export function applyTarFieldEdit(tar: Buffer, edit: TarFieldEdit, offsets: readonly number[]): Buffer {
  if (offsets.length === 0) return tar;
  const at = offsets[edit.index % offsets.length]!;
  if (at + BLOCK > tar.length) return tar; // byte edits cut the stream before this header
  const [start, length] = FIELDS[edit.field];
  const out = Buffer.from(tar);
  out.fill(0, at + start, at + start + length);
  edit.value.copy(out, at + start, 0, length);
  return out;
}

/** Recomputes the checksum of each header at `offsets` (unless the edit was to the checksum itself). */
export function fixChecksums(tar: Buffer, offsets: readonly number[]): Buffer {
  const out = Buffer.from(tar);
  for (const at of offsets) {
    if (at + BLOCK > out.length) continue;
    out.fill(0x20, at + 148, at + 156);
    let sum = 0;
    for (let i = at; i < at + BLOCK; i++) sum += out[i]!;
    out.write(`${sum.toString(8).padStart(6, '0')}\0 `, at + 148, 'latin1');
  }
  return out;
}

export function describeTarFieldEdit(edit: TarFieldEdit): string {
  return `header[${edit.index}].${edit.field} = ${JSON.stringify(edit.value.toString('latin1')).slice(0, 50)}`;
}
