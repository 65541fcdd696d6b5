import fc from 'fast-check';
import { boundaryValue } from './byte-edits';

/**
 * Field-level edits of a built zip: find the n-th record of a kind by its signature and overwrite one of its
 * fixed fields (sizes, counts, offsets, lengths, methods) with a boundary value, leaving the rest intact.
 */
const RECORDS = {
  local: {
    signature: 0x04034b50,
    fields: {
      flags: [6, 2],
      method: [8, 2],
      crc: [14, 4],
      compressed: [18, 4],
      size: [22, 4],
      nameLength: [26, 2],
      extraLength: [28, 2],
    },
  },
  central: {
    signature: 0x02014b50,
    fields: {
      madeBy: [4, 2],
      flags: [8, 2],
      method: [10, 2],
      crc: [16, 4],
      compressed: [20, 4],
      size: [24, 4],
      nameLength: [28, 2],
      extraLength: [30, 2],
      commentLength: [32, 2],
      disk: [34, 2],
      attributes: [38, 4],
      localOffset: [42, 4],
    },
  },
  end: {
    signature: 0x06054b50,
    fields: {
      disk: [4, 2],
      cdDisk: [6, 2],
      entriesOnDisk: [8, 2],
      entries: [10, 2],
      cdSize: [12, 4],
      cdOffset: [16, 4],
      commentLength: [20, 2],
    },
  },
  end64: {
    signature: 0x06064b50,
    fields: {
      recordSize: [4, 8],
      disk: [16, 4],
      cdDisk: [20, 4],
      entriesOnDisk: [24, 8],
      entries: [32, 8],
      cdSize: [40, 8],
      cdOffset: [48, 8],
    },
  },
  locator: { signature: 0x07064b50, fields: { disk: [4, 4], end64Offset: [8, 8], disks: [16, 4] } },
} as const satisfies Record<string, { signature: number; fields: Record<string, readonly [number, number]> }>;

type RecordKind = keyof typeof RECORDS;

export interface ZipFieldEdit {
  readonly record: RecordKind;
  /** Which record of that kind (modulo how many there are). */
  readonly index: number;
  readonly field: string;
  readonly value: bigint;
}

export const zipFieldEdit: fc.Arbitrary<ZipFieldEdit> = fc
  .constantFrom(...(Object.keys(RECORDS) as RecordKind[]))
  .chain((record) =>
    fc.record({
      record: fc.constant(record),
      index: fc.nat({ max: 64 }),
      field: fc.constantFrom(...Object.keys(RECORDS[record].fields)),
      value: boundaryValue,
    }),
  );

function offsetsOf(bytes: Buffer, signature: number): number[] {
  const needle = Buffer.alloc(4);
  needle.writeUInt32LE(signature);
  const found: number[] = [];
  for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) found.push(at);
  return found;
}

export function applyZipFieldEdit(bytes: Buffer, edit: ZipFieldEdit): Buffer {
  const spec = RECORDS[edit.record];
  const offsets = offsetsOf(bytes, spec.signature);
  const field = (spec.fields as Record<string, readonly [number, number]>)[edit.field];
  if (offsets.length === 0 || !field) return bytes;
  const at = offsets[edit.index % offsets.length]! + field[0];
  const width = field[1];
  if (at + width > bytes.length) return bytes;
  const out = Buffer.from(bytes);
  let rest = edit.value;
  for (let i = 0; i < width; i++) {
    out[at + i] = Number(rest & 0xffn);
    rest >>= 8n;
  }
  return out;
}

export function describeZipFieldEdit(edit: ZipFieldEdit): string {
  return `${edit.record}[${edit.index}].${edit.field} = 0x${edit.value.toString(16)}`;
}
