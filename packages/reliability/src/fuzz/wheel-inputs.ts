import { buildZip, wheelMembers, type ZipMember, type ZipOptions } from '@pypi-release/testkit';
import fc from 'fast-check';
import { applyByteEdits, byteEdits, describeByteEdit } from './byte-edits';
import { applyLineEdits, describeLineEdit, lineEdit } from './line-edits';
import { longRun } from './long-runs';
import { metadataBytes } from './metadata-inputs';
import { applyZipFieldEdit, describeZipFieldEdit, zipFieldEdit } from './zip-fields';

/** A generated wheel: how it was made, and its bytes. */
export interface MadeFile {
  readonly how: string;
  readonly bytes: Buffer;
}

const DIST_INFO = 'demo_pkg-1.0.dist-info';

/** Member names the path and layout rules single out. */
const ODD_NAMES: ReadonlyArray<string | Buffer> = [
  '../evil.py',
  '/abs.py',
  'C:/win.py',
  'demo_pkg\\win.py',
  'demo_pkg/../../up.py',
  'demo_pkg/./dot.py',
  'demo_pkg//double.py',
  'demo_pkg/',
  '',
  'demo_pkg/nul\u0000.py',
  'e\u0301.py',
  'é.py',
  `${DIST_INFO}/METADATA`,
  `${DIST_INFO}/RECORD.jws`,
  `${DIST_INFO}/entry_points.txt`,
  'Demo_Pkg-1.0.dist-info/METADATA',
  'other-2.0.dist-info/METADATA',
  '.dist-info/x',
  'demo_pkg-1.0.data/scripts/run',
  'demo_pkg-1.0.data/purelib/demo_pkg/x.py',
  Buffer.from([0xff, 0xfe, 0x2f, 0x78]),
  'd/'.repeat(3000),
];

const memberName = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...ODD_NAMES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** Changes to one member's headers as `buildZip` writes them. */
const memberTweak = fc.record(
  {
    index: fc.nat({ max: 8 }),
    name: memberName,
    method: fc.constantFrom(0, 8, 1, 12, 14, 93, 99, 0xffff),
    flags: fc.constantFrom(0, 0x1, 0x8, 0x40, 0x2000, 0xffff),
    declaredSize: fc.constantFrom(0, 1, 0x7fffffff, 0xfffffffe, 0xffffffff, 32 * 1024 * 1024 + 1),
    declaredCompressedSize: fc.constantFrom(0, 1, 0xfffffffe, 0xffffffff),
    unixMode: fc.constantFrom(0o120777, 0o040755, 0o020644, 0o010644, 0o104755, 0),
    centralExtra: fc.oneof(
      fc.uint8Array({ maxLength: 40 }).map((b) => Buffer.from(b)),
      fc
        .tuple(fc.constantFrom(0x0001, 0x7075, 0x5455, 0xcafe), fc.uint8Array({ maxLength: 32 }))
        .map(([id, body]) => {
          const head = Buffer.alloc(4);
          head.writeUInt16LE(id, 0);
          head.writeUInt16LE(body.length, 2);
          return Buffer.concat([head, body, head, body]);
        }),
    ),
    localName: fc.constantFrom('other.py', `${DIST_INFO}/METADATA`, ''),
    comment: fc.constantFrom('c', 'x'.repeat(70)),
  },
  { requiredKeys: ['index'] },
);

type MemberTweak = typeof memberTweak extends fc.Arbitrary<infer T> ? T : never;

const zipOptions: fc.Arbitrary<ZipOptions> = fc.record(
  {
    comment: fc.constantFrom('note', 'PK\u0005\u0006', 'x'.repeat(60_000)),
    prefix: fc.constantFrom(Buffer.from('#!/bin/sh\n'), Buffer.alloc((1 << 20) + 7, 0x61)),
    trailing: fc.constantFrom(Buffer.from('junk'), Buffer.from([0x50, 0x4b, 0x05, 0x06])),
    gap: fc.constantFrom(Buffer.from('gap'), Buffer.from([0x50, 0x4b, 0x03, 0x04])),
    beforeEnd: fc.constantFrom(Buffer.from('x'), Buffer.from([0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0])),
    hideFromCentral: fc.array(fc.nat({ max: 6 }), { maxLength: 2 }),
    zip64: fc.boolean(),
  },
  { requiredKeys: [] },
);

const textLine = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ',,',
      'a,sha256=,',
      'demo_pkg/__init__.py,sha256=AAAA,99999999999999999999',
      'demo_pkg/__init__.py,md5=abc,1',
      '"quoted,path",sha256=x,1',
      `${DIST_INFO}/RECORD,,`,
      'Wheel-Version: 2.0',
      'Root-Is-Purelib: maybe',
      'Tag: py3-none-linux_x86_64',
      '[console_scripts]',
      'run = demo_pkg:main [extra',
      'bad name = :',
      '[',
    ),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  {
    weight: 2,
    arbitrary: longRun(
      ['Tag: a', 'Wheel-Version: 1', '[a', 'run = a', 'a,', '"'],
      ['b', '', ']', ':b', ',1'],
    ),
  },
);

/** Members of the valid seed wheel, with generated METADATA and edited RECORD, WHEEL and entry_points.txt. */
const seedMembers = fc
  .record({
    metadata: fc.option(metadataBytes, { nil: undefined }),
    record: fc.array(lineEdit(textLine), { maxLength: 3 }),
    wheel: fc.array(lineEdit(textLine), { maxLength: 3 }),
    entryPoints: fc.option(fc.array(lineEdit(textLine), { maxLength: 3 }), { nil: undefined }),
    extraFiles: fc.constantFrom(0, 0, 0, 1, 2, 300, 3_000),
  })
  .map((plan) => {
    const files: Record<string, string> = {};
    for (let i = 0; i < plan.extraFiles; i++) files[`demo_pkg/m${i}.py`] = '';
    const entryPoints =
      plan.entryPoints && applyLineEdits('[console_scripts]\nrun = demo_pkg:main\n', plan.entryPoints);
    const members = wheelMembers({
      files,
      ...(plan.metadata ? { metadata: plan.metadata.bytes } : {}),
      ...(plan.wheel.length > 0
        ? {
            wheel: applyLineEdits(
              'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
              plan.wheel,
            ),
          }
        : {}),
      ...(entryPoints === undefined ? {} : { entryPoints }),
    });
    const record = members.find((m) => m.name === `${DIST_INFO}/RECORD`);
    if (record && plan.record.length > 0) record.data = applyLineEdits(String(record.data), plan.record);
    const how = [
      plan.metadata ? `METADATA: ${plan.metadata.how}` : '',
      ...plan.record.map((e) => `RECORD ${describeLineEdit(e)}`),
      ...plan.wheel.map((e) => `WHEEL ${describeLineEdit(e)}`),
      ...(plan.entryPoints ?? []).map((e) => `entry_points ${describeLineEdit(e)}`),
      plan.extraFiles > 0 ? `${plan.extraFiles} extra members` : '',
    ];
    return { members, how: how.filter((s) => s !== '') };
  });

function tweakMembers(members: ZipMember[], tweaks: readonly MemberTweak[]): ZipMember[] {
  const out = members.map((m) => ({ ...m }));
  for (const { index, ...tweak } of tweaks) {
    const at = index % out.length;
    out[at] = { ...out[at]!, ...tweak };
  }
  return out;
}

function describeTweak({ index, ...tweak }: MemberTweak): string {
  const parts = Object.entries(tweak).map(([key, value]) =>
    Buffer.isBuffer(value)
      ? `${key}=<${value.length} bytes>`
      : `${key}=${JSON.stringify(value).slice(0, 40)}`,
  );
  return `member ${index}: ${parts.join(', ')}`;
}

function describeOptions(options: ZipOptions): string[] {
  return Object.entries(options).map(([key, value]) =>
    Buffer.isBuffer(value) || typeof value === 'string'
      ? `${key}=<${value.length}>`
      : `${key}=${JSON.stringify(value)}`,
  );
}

/** A wheel built from the seed with member, container, field and byte edits; or plain random bytes. */
export const wheelFile: fc.Arbitrary<MadeFile> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        seed: seedMembers,
        tweaks: fc.array(memberTweak, { maxLength: 2 }),
        options: zipOptions,
        fields: fc.array(zipFieldEdit, { maxLength: 3 }),
        bytes: byteEdits(3),
      })
      .map(({ seed, tweaks, options, fields, bytes }) => {
        const built = buildZip(tweakMembers(seed.members, tweaks), options);
        const edited = applyByteEdits(fields.reduce(applyZipFieldEdit, built), bytes);
        const how = [
          ...seed.how,
          ...tweaks.map(describeTweak),
          ...describeOptions(options),
          ...fields.map(describeZipFieldEdit),
          ...bytes.map(describeByteEdit),
        ];
        return { how: how.length > 0 ? how.join('; ') : 'the valid seed wheel', bytes: edited };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 600 }).map((b) => ({ how: 'random bytes', bytes: Buffer.from(b) })),
  },
);
