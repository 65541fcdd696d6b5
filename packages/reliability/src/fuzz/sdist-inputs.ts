import { gzipSync } from 'node:zlib';
import { buildTar, sdistMembers, type TarMember } from '@pypi-release/testkit';
import fc from 'fast-check';
import { applyByteEdits, byteEdits, describeByteEdit } from './byte-edits';
import { metadataBytes } from './metadata-inputs';
import { describeInsert, extensionInsert } from './pax-records';
import {
  applyTarFieldEdit,
  describeTarFieldEdit,
  fixChecksums,
  headerOffsets,
  tarFieldEdit,
} from './tar-fields';
import type { MadeFile } from './wheel-inputs';

const TOP = 'demo_pkg-1.0';

/** What follows the gzip stream: nothing, zero padding, garbage, or a second gzip member. */
const TAILS = ['none', 'zeros', 'garbage', 'second member', 'second member of garbage'] as const;

const tarPlan = fc.record({
  pkgInfo: fc.option(metadataBytes, { nil: undefined }),
  inserts: fc.array(extensionInsert, { maxLength: 2 }),
  extraMembers: fc.constantFrom(0, 0, 0, 1, 50, 2_000),
  end: fc.constantFrom('two zero blocks', 'none', 'one zero block'),
  fields: fc.array(tarFieldEdit, { maxLength: 3 }),
  tarBytes: byteEdits(2),
  fixChecksums: fc.boolean(),
  level: fc.constantFrom(0, 1, 6, 9),
  tail: fc.constantFrom(...TAILS),
  gzBytes: byteEdits(2),
});

type TarPlan = typeof tarPlan extends fc.Arbitrary<infer T> ? T : never;

function members(plan: TarPlan): TarMember[] {
  const list: TarMember[] = sdistMembers(TOP, plan.pkgInfo?.bytes);
  for (let i = 0; i < plan.extraMembers; i++) list.push({ name: `${TOP}/src/m${i}.py`, data: '' });
  for (const insert of plan.inserts) list.splice(insert.at % (list.length + 1), 0, insert.member);
  return list;
}

function tarOf(plan: TarPlan): Buffer {
  let tar = buildTar(members(plan), { end: false });
  const offsets = headerOffsets(tar);
  const checksumEdits = plan.fields.filter((edit) => edit.field === 'checksum');
  for (const edit of plan.fields) if (edit.field !== 'checksum') tar = applyTarFieldEdit(tar, edit, offsets);
  // Edited headers get a valid checksum so that the parser looks at the edited field itself.
  if (plan.fields.length > 0) tar = fixChecksums(tar, offsets);
  tar = applyByteEdits(tar, plan.tarBytes);
  if (plan.fixChecksums) tar = fixChecksums(tar, headerOffsets(tar));
  for (const edit of checksumEdits) tar = applyTarFieldEdit(tar, edit, offsets);
  const end = plan.end === 'two zero blocks' ? 1024 : plan.end === 'one zero block' ? 512 : 0;
  return Buffer.concat([tar, Buffer.alloc(end)]);
}

function gzipOf(plan: TarPlan): Buffer {
  const gz = gzipSync(tarOf(plan), { level: plan.level });
  const tail = {
    none: Buffer.alloc(0),
    zeros: Buffer.alloc(700),
    garbage: Buffer.from('not gzip at all'),
    'second member': gzipSync(Buffer.alloc(1024)),
    'second member of garbage': gzipSync(Buffer.from('x'.repeat(700))),
  }[plan.tail];
  return applyByteEdits(Buffer.concat([gz, tail]), plan.gzBytes);
}

function describe(plan: TarPlan): string {
  const steps = [
    plan.pkgInfo ? `PKG-INFO: ${plan.pkgInfo.how}` : '',
    ...plan.inserts.map(describeInsert),
    plan.extraMembers > 0 ? `${plan.extraMembers} extra members` : '',
    plan.end === 'two zero blocks' ? '' : `end: ${plan.end}`,
    ...plan.fields.map(describeTarFieldEdit),
    ...plan.tarBytes.map((e) => `tar ${describeByteEdit(e)}`),
    plan.fixChecksums ? 'checksums fixed' : '',
    `gzip -${plan.level}`,
    plan.tail === 'none' ? '' : `then ${plan.tail}`,
    ...plan.gzBytes.map((e) => `gz ${describeByteEdit(e)}`),
  ];
  return steps.filter((s) => s !== '').join('; ');
}

/** An sdist built from the valid seed with tar-level, field-level and gzip-level edits; or random content. */
export const sdistFile: fc.Arbitrary<MadeFile> = fc.oneof(
  { weight: 6, arbitrary: tarPlan.map((plan) => ({ how: describe(plan), bytes: gzipOf(plan) })) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 3000 })
      .map((b) => ({ how: 'gzip of random bytes (tar parser on garbage)', bytes: gzipSync(b) })),
  },
  {
    weight: 1,
    arbitrary: fc.uint8Array({ maxLength: 400 }).map((b) => ({
      how: 'gzip magic then random bytes',
      bytes: Buffer.concat([Buffer.from([0x1f, 0x8b]), b]),
    })),
  },
);
