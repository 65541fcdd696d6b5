import fc from 'fast-check';

/**
 * Blind byte-level edits of a seed: bit flips, byte and word overwrites with boundary values, truncation,
 * insertion, duplication and deletion of chunks. Positions are free numbers taken modulo the current length,
 * so one edit list applies to any seed and shrinks towards the start of the file.
 */
export type ByteEdit =
  | { readonly kind: 'flip'; readonly at: number; readonly bit: number }
  | { readonly kind: 'word'; readonly at: number; readonly width: 1 | 2 | 4 | 8; readonly value: bigint }
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'insert'; readonly at: number; readonly bytes: Uint8Array }
  | { readonly kind: 'duplicate'; readonly from: number; readonly length: number; readonly to: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number };

/** Values that sit on the edges of length and count fields. */
export const BOUNDARY_VALUES: readonly bigint[] = [
  0n,
  1n,
  0x7fn,
  0x80n,
  0xffn,
  0x100n,
  0x7fffn,
  0xffffn,
  0x10000n,
  0x7fffffffn,
  0x80000000n,
  0xfffffffen,
  0xffffffffn,
  0x100000000n,
  2n ** 53n + 1n,
  2n ** 63n,
  2n ** 64n - 1n,
];

const position = fc.nat();

export const boundaryValue: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BOUNDARY_VALUES) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) },
);

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({
    kind: fc.constant('word' as const),
    at: position,
    width: fc.constantFrom(1 as const, 2 as const, 4 as const, 8 as const),
    value: boundaryValue,
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: position }),
  fc.record({ kind: fc.constant('insert' as const), at: position, bytes: fc.uint8Array({ maxLength: 96 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    from: position,
    length: fc.integer({ min: 1, max: 4096 }),
    to: position,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: position,
    length: fc.integer({ min: 1, max: 512 }),
  }),
);

/** A little-endian integer of `width` bytes (the value is cut to fit). */
function littleEndian(value: bigint, width: number): Buffer {
  const out = Buffer.alloc(width);
  let rest = value;
  for (let i = 0; i < width; i++) {
    out[i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

export function applyByteEdit(bytes: Buffer, edit: ByteEdit): Buffer {
  const at = (n: number) => (bytes.length === 0 ? 0 : n % (bytes.length + 1));
  switch (edit.kind) {
    case 'flip': {
      if (bytes.length === 0) return bytes;
      const out = Buffer.from(bytes);
      const i = edit.at % bytes.length;
      out[i] = out[i]! ^ (1 << edit.bit);
      return out;
    }
    case 'word': {
      const i = at(edit.at);
      const word = littleEndian(edit.value, edit.width);
      return Buffer.concat([bytes.subarray(0, i), word, bytes.subarray(i + word.length)]);
    }
    case 'truncate':
      return bytes.subarray(0, at(edit.at));
    case 'insert': {
      const i = at(edit.at);
      return Buffer.concat([bytes.subarray(0, i), edit.bytes, bytes.subarray(i)]);
    }
    case 'duplicate': {
      const from = at(edit.from);
      const chunk = bytes.subarray(from, from + edit.length);
      const to = at(edit.to);
      return Buffer.concat([bytes.subarray(0, to), chunk, bytes.subarray(to)]);
    }
    case 'delete': {
      const i = at(edit.at);
      return Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + edit.length)]);
    }
  }
}

export function applyByteEdits(bytes: Buffer, edits: readonly ByteEdit[]): Buffer {
  return edits.reduce(applyByteEdit, bytes);
}

export function describeByteEdit(edit: ByteEdit): string {
  switch (edit.kind) {
    case 'flip':
      return `flip bit ${edit.bit} @${edit.at}`;
    case 'word':
      return `write u${edit.width * 8} 0x${edit.value.toString(16)} @${edit.at}`;
    case 'truncate':
      return `truncate @${edit.at}`;
    case 'insert':
      return `insert ${edit.bytes.length} bytes @${edit.at}`;
    case 'duplicate':
      return `copy ${edit.length} bytes @${edit.from} to @${edit.to}`;
    case 'delete':
      return `delete ${edit.length} bytes @${edit.at}`;
  }
}

export const byteEdits = (maxLength = 6): fc.Arbitrary<ByteEdit[]> => fc.array(byteEdit, { maxLength });
