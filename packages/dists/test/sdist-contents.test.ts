import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  buildTar,
  buildTarGz,
  buildWithHatchling,
  makeTempDir,
  sdistMembers,
  type TarMember,
} from '@pypi-release/testkit';
import { create } from 'tar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLicenseFiles } from '../src/license-files';
import { inspectSdist } from '../src/sdist-contents';
import type { ArchiveContents } from '../src/types';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let counter = 0;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.cleanup();
});

const expected = { name: 'demo_pkg', version: '1.0' };
const FILENAME = 'demo_pkg-1.0.tar.gz';

async function inspectBytes(bytes: Buffer): Promise<ArchiveContents> {
  counter += 1;
  const path = await temp.write(`s${counter}.tar.gz`, bytes);
  return inspectSdist(path, FILENAME, expected);
}

const inspect = (members: TarMember[]) => inspectBytes(buildTarGz(members));
const withMember = (member: TarMember) => inspect([...sdistMembers(), member]);

function codes(contents: ArchiveContents, severity?: string): string[] {
  return contents.problems.filter((p) => !severity || p.severity === severity).map((p) => p.code);
}

describe('sdist contents', () => {
  it('accepts a clean sdist and reads PKG-INFO', async () => {
    const contents = await inspect(sdistMembers());
    expect(contents.problems).toEqual([]);
    expect(contents.sdist?.topDir).toBe('demo_pkg-1.0');
    expect(contents.metadataText).toContain('Name: demo_pkg');
    expect(checkLicenseFiles(contents, ['LICENSE'], FILENAME)).toEqual([]);
    expect(checkLicenseFiles(contents, ['COPYING'], FILENAME).map((p) => p.code)).toEqual([
      'license-file-missing',
    ]);
  });

  it('accepts an sdist written by the tar package, with pax headers and long names', async () => {
    const root = join(temp.dir, 'tree');
    const deep = join(root, 'demo_pkg-1.0', 'a'.repeat(120));
    await mkdir(deep, { recursive: true });
    await writeFile(
      join(root, 'demo_pkg-1.0', 'PKG-INFO'),
      'Metadata-Version: 2.1\nName: demo_pkg\nVersion: 1.0\n',
    );
    await writeFile(join(deep, `${'b'.repeat(120)}.py`), 'x = 1\n');
    const file = join(temp.dir, 'packed.tar.gz');
    await create({ gzip: true, file, cwd: root, portable: true }, ['demo_pkg-1.0']);
    const contents = await inspectSdist(file, FILENAME, expected);
    expect(contents.problems).toEqual([]);
    expect(contents.members.some((m) => m.endsWith(`${'b'.repeat(120)}.py`))).toBe(true);
  });

  it('accepts links that stay inside the top directory, with a warning', async () => {
    const contents = await withMember({ name: 'demo_pkg-1.0/link', type: '2', linkName: 'LICENSE' });
    expect(codes(contents, 'error')).toEqual([]);
    expect(codes(contents, 'warning')).toEqual(['sdist-link']);
  });

  it('accepts gzip padding with zeros, as Python does', async () => {
    const contents = await inspectBytes(Buffer.concat([buildTarGz(sdistMembers()), Buffer.alloc(64)]));
    expect(contents.problems).toEqual([]);
  });

  const gz = buildTarGz(sdistMembers());
  const badCrc = Buffer.from(gz);
  badCrc[badCrc.length - 6]! ^= 0xff;

  const failing: [string, () => Promise<ArchiveContents>, string, string?][] = [
    ['an empty file', () => inspectBytes(Buffer.alloc(0)), 'empty-file'],
    ['a plain tar', () => inspectBytes(buildTar(sdistMembers())), 'sdist-not-gzip'],
    ['a truncated gzip stream', () => inspectBytes(gz.subarray(0, gz.length - 10)), 'sdist-gzip-corrupt'],
    ['a gzip stream with a bad CRC', () => inspectBytes(badCrc), 'sdist-gzip-corrupt'],
    [
      'trailing garbage after the gzip stream',
      () => inspectBytes(Buffer.concat([gz, Buffer.from('garbage!')])),
      'sdist-gzip-corrupt',
    ],
    [
      'a header with a bad checksum',
      () => withMember({ name: 'demo_pkg-1.0/x.py', badChecksum: true }),
      'sdist-tar-invalid',
    ],
    ['a 2 MiB pax header', () => inspect([{ name: 'pax', type: 'x', size: 2 << 20 }]), 'sdist-tar-invalid'],
    [
      'a truncated tar stream',
      () => inspectBytes(gzipSync(buildTar(sdistMembers(), { end: false }).subarray(0, 1500))),
      'sdist-tar-invalid',
    ],
    ['two top-level directories', () => withMember({ name: 'other/x.py', data: 'x' }), 'sdist-top-level'],
    ['a file beside the top directory', () => withMember({ name: 'setup.py', data: 'x' }), 'sdist-top-level'],
    [
      'a top directory named differently',
      () => inspect(sdistMembers('demo_pkg-2.0')),
      'sdist-top-level-name',
      'warning',
    ],
    [
      'a missing PKG-INFO',
      () => inspect(sdistMembers().filter((m) => !m.name.endsWith('PKG-INFO'))),
      'sdist-pkg-info-missing',
    ],
    [
      'a GNU sparse member',
      () => withMember({ name: 'demo_pkg-1.0/sparse.bin', type: 'S' }),
      'sdist-sparse-member',
    ],
    [
      'a pax sparse member',
      () => inspect([paxRecord('GNU.sparse.major', '1'), ...sdistMembers()]),
      'sdist-sparse-member',
    ],
    ['an absolute member', () => withMember({ name: '/etc/passwd', data: 'x' }), 'sdist-path-traversal'],
    [
      'a `..` member',
      () => withMember({ name: 'demo_pkg-1.0/../../evil', data: 'x' }),
      'sdist-path-traversal',
    ],
    [
      'a symlink leaving the top directory',
      () => withMember({ name: 'demo_pkg-1.0/l', type: '2', linkName: '../../etc' }),
      'sdist-link',
    ],
    [
      'an absolute symlink',
      () => withMember({ name: 'demo_pkg-1.0/l', type: '2', linkName: '/etc/passwd' }),
      'sdist-link',
    ],
    [
      'a hard link outside the top directory',
      () => withMember({ name: 'demo_pkg-1.0/h', type: '1', linkName: 'etc/passwd' }),
      'sdist-link',
    ],
    ['a character device', () => withMember({ name: 'demo_pkg-1.0/dev', type: '3' }), 'sdist-special-member'],
    ['a FIFO', () => withMember({ name: 'demo_pkg-1.0/fifo', type: '6' }), 'sdist-special-member'],
    [
      'PKG-INFO that is not UTF-8',
      () => inspect(sdistMembers('demo_pkg-1.0', Buffer.from('Name: d\xe9mo\n', 'latin1'))),
      'metadata-encoding',
    ],
  ];

  it.each(failing)('rejects %s', async (_title, run, code, severity = 'error') => {
    const contents = await run();
    expect(codes(contents, severity)).toContain(code);
    expect(contents.problems.find((p) => p.code === code)!.message).toMatch(
      /^demo_pkg-1\.0\.tar\.gz: .+ Rule: .+ Fix: .+/,
    );
  });

  it.each([
    ['a bad CRC', () => inspectBytes(badCrc)],
    ['trailing garbage', () => inspectBytes(Buffer.concat([gz, Buffer.from('garbage!')]))],
  ])('reports only the gzip fault for %s, not a layout it could not read', async (_title, run) => {
    // The failing gunzip stream loses its last output: a small sdist shows no member, which is no layout fault.
    const contents = await run();
    expect(codes(contents)).toEqual(['sdist-gzip-corrupt']);
  });

  it('refuses a PKG-INFO over 32 MiB without holding it', async () => {
    const contents = await inspect(sdistMembers('demo_pkg-1.0', 'x'.repeat(33 << 20)));
    expect(codes(contents)).toContain('archive-member-too-large');
    expect(contents.metadataText).toBeUndefined();
  });

  it('stops after 100,000 members', async () => {
    const members = Array.from({ length: 100_001 }, (_, i) => ({ name: `demo_pkg-1.0/d${i}/`, type: '5' }));
    const contents = await inspect(members);
    expect(codes(contents)).toContain('archive-too-many-members');
  });

  it('throws not-found for a missing file', async () => {
    await expect(inspectSdist(join(temp.dir, 'nope.tar.gz'), 'nope.tar.gz')).rejects.toMatchObject({
      code: 'not-found',
    });
  });
});

describe('real sdists', () => {
  it('reads a hatchling sdist with no problems', async () => {
    const built = await buildWithHatchling(join(temp.dir, 'hatch'));
    const contents = await inspectSdist(built.sdist, basename(built.sdist), {
      name: 'tiny_demo',
      version: '1.0.0',
    });
    expect(contents.problems).toEqual([]);
    expect(contents.sdist?.topDir).toBe('tiny_demo-1.0.0');
    expect(contents.metadataText).toMatch(/^Metadata-Version: /);
    expect(checkLicenseFiles(contents, ['LICENSE'], basename(built.sdist))).toEqual([]);
  });

  it('agrees with GNU tar on a tarball it writes', async () => {
    const root = join(temp.dir, 'gnu');
    await mkdir(join(root, 'demo_pkg-1.0'), { recursive: true });
    await writeFile(
      join(root, 'demo_pkg-1.0', 'PKG-INFO'),
      'Metadata-Version: 2.1\nName: demo_pkg\nVersion: 1.0\n',
    );
    const file = join(temp.dir, 'gnu.tar.gz');
    await promisify(execFile)('tar', ['-czf', file, '-C', root, 'demo_pkg-1.0']);
    const contents = await inspectSdist(file, FILENAME, expected);
    expect(contents.problems).toEqual([]);
  });
});

/** A pax extended header carrying one attribute. */
function paxRecord(key: string, value: string): TarMember {
  const body = ` ${key}=${value}\n`;
  let length = body.length + 2;
  if (`${length}${body}`.length !== length) length += 1;
  return { name: 'PaxHeader', type: 'x', data: `${length}${body}` };
}
