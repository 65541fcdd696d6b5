/** The ZIP container of a wheel: PyPI's archive strictness (docs.pypi.org/archives), one fault per case. */
import { deflateRawSync } from 'node:zlib';
import { buildZip, crc32, type ZipMember } from '@pypi-release/testkit';
import type { BadInputCase } from './case';
import { fileCase, WHEEL, wheelParts, wheelZip } from './fixtures';

const EOCD_SIZE = 22;
const EOCD64_SIZE = 56;
const LOCATOR_SIZE = 20;

/** A wheel case whose members are the valid ones after `change` (which may edit them in place). */
function zipCase(
  id: string,
  attack: string,
  code: string,
  change: (members: ZipMember[]) => Buffer,
): BadInputCase {
  return fileCase({ id, attack, code, file: WHEEL, bytes: () => change(wheelParts()) });
}

/** A copy of `zip` with its (comment-less) end record patched by `patch`. */
function patchEnd(zip: Buffer, patch: (end: Buffer) => void): Buffer {
  const copy = Buffer.from(zip);
  patch(copy.subarray(copy.length - EOCD_SIZE));
  return copy;
}

/** The member's data descriptor as a streaming writer appends it: signature, CRC-32, both sizes. */
function dataDescriptor(data: string): Buffer {
  const bytes = Buffer.from(data);
  const descriptor = Buffer.alloc(16);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc32(bytes), 4);
  descriptor.writeUInt32LE(deflateRawSync(bytes).length, 8);
  descriptor.writeUInt32LE(bytes.length, 12);
  return descriptor;
}

export const ZIP_CASES: readonly BadInputCase[] = [
  fileCase({
    id: 'wheel-zero-bytes',
    attack: 'a 0-byte wheel (a build step that failed silently)',
    code: 'empty-file',
    file: WHEEL,
    bytes: () => Buffer.alloc(0),
  }),
  fileCase({
    id: 'wheel-html-page',
    attack: 'an HTML error page saved under a wheel name',
    code: 'zip-not-a-zip',
    file: WHEEL,
    bytes: () => Buffer.from('<!doctype html><title>404 Not Found</title>\n'),
  }),
  fileCase({
    id: 'wheel-truncated',
    attack: 'a wheel cut in half (an interrupted download)',
    code: 'zip-not-a-zip',
    file: WHEEL,
    bytes: () => {
      const zip = wheelZip();
      return zip.subarray(0, Math.floor(zip.length / 2));
    },
  }),
  fileCase({
    id: 'wheel-too-many-members',
    attack: 'a ZIP64 end record claiming 100,001 members',
    code: 'archive-too-many-members',
    file: WHEEL,
    bytes: () => {
      const zip = Buffer.from(wheelZip({}, { zip64: true }));
      const record = zip.length - EOCD_SIZE - LOCATOR_SIZE - EOCD64_SIZE;
      zip.writeBigUInt64LE(100_001n, record + 24);
      zip.writeBigUInt64LE(100_001n, record + 32);
      return zip;
    },
  }),
  zipCase('zip-bzip2-member', 'a member compressed with bzip2', 'zip-compression', (members) => {
    members[0] = { ...members[0]!, method: 12 };
    return buildZip(members);
  }),
  zipCase('zip-encrypted-member', 'an encrypted member', 'zip-compression', (members) => {
    members[0] = { ...members[0]!, flags: 0x1 };
    return buildZip(members);
  }),
  zipCase(
    'zip-duplicate-member',
    'the same member twice (installers disagree on which wins)',
    'zip-duplicate-entry',
    (members) => buildZip([...members, { ...members[0]!, data: 'import os; os.system("id")\n' }]),
  ),
  zipCase('zip-trailing-bytes', 'bytes appended after the end record', 'zip-trailing-data', (members) =>
    buildZip(members, { trailing: Buffer.from('appended payload') }),
  ),
  zipCase('zip-prepended-stub', 'a shell stub prepended to the archive', 'zip-trailing-data', (members) =>
    buildZip(members, { prefix: Buffer.from('#!/bin/sh\nexec python3 "$0" "$@"\n') }),
  ),
  zipCase('zip-gap-between-members', 'bytes hidden between two members', 'zip-trailing-data', (members) =>
    buildZip(members, { gap: Buffer.alloc(64, 0x41) }),
  ),
  zipCase(
    'zip-smuggled-member',
    'a member with a local header but no central entry',
    'zip-trailing-data',
    (members) => {
      const smuggled = { name: 'demo_pkg/smuggled.py', data: 'import os\n' };
      return buildZip([...members, smuggled], { hideFromCentral: [members.length] });
    },
  ),
  zipCase('zip-archive-comment', 'an archive comment', 'zip-comment', (members) =>
    buildZip(members, { comment: 'built by hand' }),
  ),
  zipCase('zip-member-comment', 'a member comment', 'zip-comment', (members) => {
    members[0] = { ...members[0]!, comment: 'hidden note' };
    return buildZip(members);
  }),
  zipCase(
    'zip-local-name-differs',
    'a local header naming another file than its central entry',
    'zip-central-directory',
    (members) => {
      members[0] = { ...members[0]!, localName: 'demo_pkg/__evil__.py' };
      return buildZip(members);
    },
  ),
  zipCase(
    'zip-entry-counts-differ',
    'an end record with two different entry counts',
    'zip-central-directory',
    (members) => patchEnd(buildZip(members), (end) => end.writeUInt16LE(members.length - 1, 8)),
  ),
  zipCase(
    'zip-directory-offset-wrong',
    'an end record pointing past the central directory',
    'zip-central-directory',
    (members) => patchEnd(buildZip(members), (end) => end.writeUInt32LE(end.readUInt32LE(16) + 1, 16)),
  ),
  zipCase('zip-data-descriptor', 'a member written in streaming mode', 'zip-data-descriptor', (members) => {
    const first = members[0]!;
    members[0] = { ...first, flags: 0x8 };
    return buildZip(members, { gap: dataDescriptor(String(first.data)) });
  }),
];
