import type { TarMember } from '@pypi-release/testkit';
import fc from 'fast-check';

/**
 * Extension members to insert into a tar stream: pax headers (`x`, `g`) whose records are well-formed or
 * broken in their length prefix, and GNU long names (`L`, `K`), all of which change the member after them.
 */
const KEYS = [
  'path',
  'linkpath',
  'size',
  'GNU.sparse.major',
  'GNU.sparse.map',
  'mtime',
  'hdrcharset',
  'uname',
  '',
];
const VALUES = [
  'demo_pkg-1.0/PKG-INFO',
  '../escape',
  '/abs',
  'other-2.0/x',
  '0',
  '-1',
  '1e3',
  'NaN',
  ' 12',
  '0x10',
  '99999999999999999999',
  '1048577',
  '',
  '=',
  'a'.repeat(5000),
  'dęmo\u0000x',
];

/** One record, `<length> <key>=<value>\n`, where the length counts itself. */
function record(key: string, value: string): string {
  const body = ` ${key}=${value}\n`;
  let length = Buffer.byteLength(body) + 1;
  while (String(length).length + Buffer.byteLength(body) !== length) length++;
  return `${length}${body}`;
}

const goodRecord = fc
  .tuple(
    fc.oneof(fc.constantFrom(...KEYS), fc.string({ unit: 'binary-ascii', maxLength: 12 })),
    fc.oneof(fc.constantFrom(...VALUES), fc.string({ unit: 'binary', maxLength: 24 })),
  )
  .map(([key, value]) => record(key, value));

const badRecord = fc.oneof(
  fc.constantFrom(
    '99999999 path=x\n',
    '5 path=long-value\n',
    '12 path=x',
    'abc path=x\n',
    '3 \n',
    '0 x=y\n',
    ' 10 a=b\n',
  ),
  goodRecord.map((r) => r.replace(/^\d+/, (n) => String(Number(n) + 1))),
  goodRecord.map((r) => r.slice(0, -1)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

export interface ExtensionInsert {
  readonly at: number;
  readonly member: TarMember;
}

export const extensionInsert: fc.Arbitrary<ExtensionInsert> = fc.record({
  at: fc.nat({ max: 8 }),
  member: fc.oneof(
    fc
      .tuple(
        fc.constantFrom('x', 'g'),
        fc.array(fc.oneof(goodRecord, goodRecord, badRecord), { maxLength: 5 }),
      )
      .map(([type, records]): TarMember => ({ name: 'PaxHeader', type, data: records.join('') })),
    fc
      .tuple(
        fc.constantFrom('L', 'K'),
        fc.oneof(fc.constantFrom(...VALUES), fc.string({ unit: 'binary', maxLength: 300 })),
      )
      .map(([type, name]): TarMember => ({ name: '././@LongLink', type, data: `${name}\0` })),
    fc
      .tuple(fc.constantFrom('x', 'L', 'g'), fc.constantFrom(0, 513, 1 << 20, (1 << 20) + 1, 2 ** 33 - 1))
      .map(([type, size]): TarMember => ({ name: 'Huge', type, size, data: 'x' })),
  ),
});

export function describeInsert(insert: ExtensionInsert): string {
  const { type, data, size } = insert.member;
  const shown = JSON.stringify(String(data ?? '')).slice(0, 60);
  return `insert ${type} member @${insert.at}${size === undefined ? '' : ` claiming ${size} bytes`}: ${shown}`;
}
