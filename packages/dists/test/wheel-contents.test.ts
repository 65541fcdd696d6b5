import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  buildWithHatchling,
  buildZip,
  makeTempDir,
  wheelMembers,
  type ZipMember,
  type ZipOptions,
} from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLicenseFiles } from '../src/license-files';
import type { ArchiveContents } from '../src/types';
import { inspectWheel } from '../src/wheel-contents';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let counter = 0;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.cleanup();
});

const expected = { name: 'demo_pkg', version: '1.0' };

async function inspect(
  members: ZipMember[],
  options?: ZipOptions,
  expect_ = expected,
): Promise<ArchiveContents> {
  counter += 1;
  const path = await temp.write(`w${counter}.whl`, buildZip(members, options));
  return inspectWheel(path, 'demo_pkg-1.0-py3-none-any.whl', expect_);
}

function codes(contents: ArchiveContents, severity?: string): string[] {
  return contents.problems.filter((p) => !severity || p.severity === severity).map((p) => p.code);
}

describe('wheel contents', () => {
  it('accepts a clean wheel and reads its metadata and WHEEL file', async () => {
    const contents = await inspect(
      wheelMembers({ entryPoints: '[console_scripts]\ndemo = demo_pkg:main\n' }),
    );
    expect(contents.problems).toEqual([]);
    expect(contents.metadataText).toContain('Name: demo_pkg');
    expect(contents.wheel?.distInfoDir).toBe('demo_pkg-1.0.dist-info');
    expect(contents.wheel?.wheelFile?.get('root-is-purelib')).toEqual(['true']);
    expect(contents.members).toContain('demo_pkg/__init__.py');
  });

  it('accepts stored members, ZIP64 end records and highly compressible small members', async () => {
    const members = wheelMembers({ files: { 'demo_pkg/zeros.bin': '\0'.repeat(1 << 20) } });
    members[0]!.method = 0;
    const contents = await inspect(members, { zip64: true });
    expect(contents.problems).toEqual([]);
  });

  it('matches the dist-info directory case-insensitively with normalised versions', async () => {
    const contents = await inspect(
      wheelMembers({ name: 'Demo_Pkg', version: '1.0.0' }),
      {},
      {
        name: 'demo_pkg',
        version: '1.0',
      },
    );
    expect(codes(contents)).not.toContain('wheel-dist-info-name');
  });

  const failing: [string, () => Promise<ArchiveContents>, string, string?][] = [
    [
      'a member compressed with bzip2',
      () => inspect(withMember({ name: 'demo_pkg/x.bin', data: 'x', method: 12 })),
      'zip-compression',
    ],
    [
      'a duplicate member',
      () => inspect(withMember({ name: 'demo_pkg/__init__.py', data: 'y' })),
      'zip-duplicate-entry',
    ],
    [
      'bytes after the end record',
      () => inspect(wheelMembers(), { trailing: Buffer.from('junk') }),
      'zip-trailing-data',
    ],
    [
      'bytes before the first member',
      () => inspect(wheelMembers(), { prefix: Buffer.from('#!/bin/sh\n') }),
      'zip-trailing-data',
    ],
    [
      'bytes between two members',
      () => inspect(wheelMembers(), { gap: Buffer.alloc(7) }),
      'zip-trailing-data',
    ],
    [
      'a local member hidden from the central directory',
      () => inspect(wheelMembers(), { hideFromCentral: [0] }),
      'zip-trailing-data',
    ],
    ['an archive comment', () => inspect(wheelMembers(), { comment: 'hello' }), 'zip-comment'],
    ['a member comment', () => inspect(withMember({ name: 'demo_pkg/a.py', comment: 'c' })), 'zip-comment'],
    [
      'a local header whose name differs',
      () => inspect(withMember({ name: 'demo_pkg/a.py', localName: 'demo_pkg/b.py' })),
      'zip-central-directory',
    ],
    [
      'sizes that differ from the data',
      () => inspect(withMember({ name: 'demo_pkg/a.py', data: 'abc', method: 0, declaredCompressedSize: 1 })),
      'zip-trailing-data',
    ],
    [
      'two end records',
      () =>
        inspect(wheelMembers(), {
          beforeEnd: Buffer.concat([Buffer.from([0x50, 0x4b, 5, 6]), Buffer.alloc(18)]),
        }),
      'zip-central-directory',
    ],
    [
      'a member with a data descriptor',
      () => inspect(withMember({ name: 'demo_pkg/a.py', flags: 0x8 })),
      'zip-data-descriptor',
    ],
    [
      'a member name that is not UTF-8',
      () => inspect(withMember({ name: Buffer.from([0x64, 0xff, 0x2e]) })),
      'zip-filename',
    ],
    [
      'a member name with a control character',
      () => inspect(withMember({ name: 'demo_pkg/a\u0007.py' })),
      'zip-filename',
    ],
    ['an absolute member name', () => inspect(withMember({ name: '/etc/passwd' })), 'zip-path-traversal'],
    ['a `..` member name', () => inspect(withMember({ name: 'demo_pkg/../../x.py' })), 'zip-path-traversal'],
    [
      'a backslash in a member name',
      () => inspect(withMember({ name: 'demo_pkg\\x.py' })),
      'zip-path-traversal',
    ],
    ['a drive letter', () => inspect(withMember({ name: 'C:/x.py' })), 'zip-path-traversal'],
    [
      'a 65 MiB member compressed 1000:1',
      () => inspect(withMember({ name: 'demo_pkg/z.bin', data: Buffer.alloc(65 << 20) })),
      'zip-compression-ratio',
    ],
    [
      'a symlink member',
      () => inspect(withMember({ name: 'demo_pkg/link', data: '__init__.py', unixMode: 0o120777 })),
      'zip-symlink',
      'warning',
    ],
    [
      'a wheel without .dist-info',
      () => inspect([{ name: 'demo_pkg/__init__.py', data: '' }]),
      'wheel-dist-info-missing',
    ],
    [
      'a dist-info for another version',
      () => inspect(wheelMembers({ version: '2.0' })),
      'wheel-dist-info-name',
    ],
    [
      'two dist-info directories',
      () => inspect([...wheelMembers(), { name: 'other-1.0.dist-info/METADATA', data: 'x' }]),
      'wheel-dist-info-name',
    ],
    [
      'a missing METADATA',
      () => inspect(wheelMembers({ omit: ['demo_pkg-1.0.dist-info/METADATA'] })),
      'wheel-metadata-missing',
    ],
    [
      'a missing WHEEL',
      () => inspect(wheelMembers({ omit: ['demo_pkg-1.0.dist-info/WHEEL'] })),
      'wheel-wheel-file-missing',
    ],
    [
      'a WHEEL without Wheel-Version',
      () => inspect(wheelMembers({ wheel: 'Root-Is-Purelib: true\n' })),
      'wheel-wheel-file-invalid',
    ],
    [
      'a WHEEL with Root-Is-Purelib: yes',
      () => inspect(wheelMembers({ wheel: 'Wheel-Version: 1.0\nRoot-Is-Purelib: yes\n' })),
      'wheel-wheel-file-invalid',
    ],
    ['a missing RECORD', () => inspect(wheelMembers({ record: null })), 'wheel-record-missing'],
    [
      'a RECORD row with two fields',
      () => inspect(wheelMembers({ record: 'demo_pkg/__init__.py,sha256=abc\n' })),
      'wheel-record-invalid',
    ],
    [
      'a RECORD that is not CSV (PyPI: csv.Error)',
      () => inspect(wheelMembers({ record: '"demo_pkg/__init__.py,,\n' })),
      'wheel-record-invalid',
    ],
    [
      'a RECORD listing a missing file',
      () => inspect(wheelMembers({ record: 'demo_pkg/gone.py,,\n' })),
      'wheel-record-invalid',
      'warning',
    ],
    [
      'a file missing from RECORD',
      () => inspect(withMember({ name: 'demo_pkg/extra.py', data: 'x' })),
      'wheel-record-invalid',
      'warning',
    ],
    [
      'an entry point without a module',
      () => inspect(wheelMembers({ entryPoints: '[console_scripts]\ndemo = :main\n' })),
      'wheel-entry-points-invalid',
    ],
    [
      'a console script name with a path in it (PyPI: _ENTRY_POINT_NAME_RE)',
      () => inspect(wheelMembers({ entryPoints: '[console_scripts]\n../demo = m:f\n' })),
      'wheel-entry-points-invalid',
    ],
    [
      'a duplicate entry point name',
      () => inspect(wheelMembers({ entryPoints: '[console_scripts]\na = m:f\na = m:g\n' })),
      'wheel-entry-points-invalid',
    ],
    [
      'METADATA that is not UTF-8',
      () =>
        inspect(wheelMembers({ metadata: Buffer.from('Metadata-Version: 2.1\nName: d\xe9mo\n', 'latin1') })),
      'metadata-encoding',
    ],
    ['an empty file', () => inspectEmpty(), 'empty-file'],
    [
      'a file that is not a zip',
      () => inspectBytes(Buffer.from('not a zip at all, just text '.repeat(10))),
      'zip-not-a-zip',
    ],
  ];

  it.each(failing)('rejects %s', async (_title, run, code, severity = 'error') => {
    const contents = await run();
    expect(codes(contents, severity)).toContain(code);
    const problem = contents.problems.find((p) => p.code === code)!;
    expect(problem.message).toMatch(/^demo_pkg-1\.0-py3-none-any\.whl: .+\. Rule: .+ Fix: .+/);
  });

  it('gives lossy METADATA text when it is not UTF-8', async () => {
    const contents = await inspect(wheelMembers({ metadata: Buffer.from('Name: d\xe9mo\n', 'latin1') }));
    expect(contents.metadataText).toBe('Name: d\uFFFDmo\n');
  });

  it('refuses a METADATA larger than 32 MiB without reading it', async () => {
    const contents = await inspect(wheelMembers({ metadata: 'x'.repeat(33 << 20) }));
    expect(codes(contents)).toContain('archive-member-too-large');
    expect(contents.metadataText).toBeUndefined();
  });

  it('refuses an archive claiming more than 100,000 members', async () => {
    const zip = buildZip(wheelMembers());
    zip.writeUInt16LE(0xffff, zip.length - 12); // entries on disk
    zip.writeUInt16LE(0xffff, zip.length - 14); // total entries
    // Not ZIP64, so the 0xFFFF marker without ZIP64 records is a central-directory defect.
    const contents = await inspectBytes(zip);
    expect(codes(contents)).toContain('zip-central-directory');
  });

  it('throws not-found for a missing file', async () => {
    await expect(inspectWheel(join(temp.dir, 'nope.whl'), 'nope.whl')).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('inflates a large RECORD natively and still catches a member larger than it claims', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 4000; i++) files[`demo_pkg/module_${i}.py`] = `x = ${i}\n`;
    const members = wheelMembers({ files });
    const record = members.find((m) => String(m.name).endsWith('/RECORD'))!;
    expect(Buffer.byteLength(record.data!)).toBeGreaterThan(256 << 10);
    expect((await inspect(members)).problems).toEqual([]);

    record.declaredSize = Buffer.byteLength(record.data!) - 1000;
    const messages = (await inspect(members)).problems.map((p) => p.message);
    expect(messages).toEqual([
      expect.stringContaining('member "demo_pkg-1.0.dist-info/RECORD" does not match the size and CRC-32'),
    ]);
  });

  describe('a wheel over 1 MiB, walked with positional reads', () => {
    // Small members packed many to a window, and members larger than the window (256 KiB) in between, so that the
    // reads sized to the next local headers are exercised both ways; random bytes, stored, so sizes are real.
    const noise = (length: number, seed: number) =>
      Buffer.from(Array.from({ length }, (_, i) => (i * 2654435761 + seed * 40503) >>> 24));
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 400; i++) {
      files[`demo_pkg/m${i}.bin`] = noise(i % 50 === 7 ? 300_000 + i : (i * 37) % 3000, i);
    }
    const members = () => wheelMembers({ files }).map((m) => ({ ...m, method: 0 }));
    const index = (name: string) => members().findIndex((m) => m.name === name);

    it('accepts it when every header checks out', async () => {
      const contents = await inspect(members());
      expect(contents.problems).toEqual([]);
      expect(contents.members).toHaveLength(404);
    });

    it('finds a bad local header after a large member and among small ones', async () => {
      const tampered = members();
      tampered[index('demo_pkg/m8.bin')]!.localName = 'demo_pkg/x8.bin'; // right after a 300 KB member
      tampered[index('demo_pkg/m203.bin')]!.localName = 'demo_pkg/x203.bin'; // deep inside a window
      const messages = (await inspect(tampered)).problems.map((p) => p.message);
      expect(messages).toEqual([
        expect.stringContaining(
          'member "demo_pkg/m8.bin" has the name "demo_pkg/x8.bin" in its local header',
        ),
        expect.stringContaining('member "demo_pkg/m203.bin" has the name "demo_pkg/x203.bin" in its local'),
      ]);
    });

    it('finds a member hidden from the central directory between two others', async () => {
      const contents = await inspect(members(), { hideFromCentral: [index('demo_pkg/m300.bin')] });
      expect(codes(contents)).toContain('zip-trailing-data');
    });
  });

  it('reads 1,000 small wheels in parallel quickly', async () => {
    const path = await temp.write('speed.whl', buildZip(wheelMembers()));
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: 1000 }, () => inspectWheel(path, 'demo_pkg-1.0-py3-none-any.whl', expected)),
    );
    expect(performance.now() - started).toBeLessThan(3000);
    expect(results.every((r) => r.problems.length === 0)).toBe(true);
  });
});

describe('license files', () => {
  it('finds PEP 639 license files under dist-info/licenses', async () => {
    const contents = await inspect(
      wheelMembers({
        metadata: 'Metadata-Version: 2.4\nName: demo_pkg\nVersion: 1.0\nLicense-File: LICENSE\n',
        files: { 'demo_pkg-1.0.dist-info/licenses/LICENSE': 'MIT' },
      }),
      {},
    );
    expect(checkLicenseFiles(contents, ['LICENSE'], 'demo.whl')).toEqual([]);
    expect(checkLicenseFiles(contents, ['COPYING'], 'demo.whl').map((p) => p.code)).toEqual([
      'license-file-missing',
    ]);
  });

  it('requires the licenses/ directory from Metadata-Version 2.4 on', async () => {
    const contents = await inspect(
      wheelMembers({
        metadata: 'Metadata-Version: 2.4\nName: demo_pkg\nVersion: 1.0\n',
        files: { 'demo_pkg-1.0.dist-info/LICENSE': 'MIT' },
      }),
    );
    expect(checkLicenseFiles(contents, ['LICENSE'], 'demo.whl').map((p) => p.code)).toEqual([
      'license-file-missing',
    ]);
  });

  it('accepts license files anywhere in dist-info before 2.4', async () => {
    const contents = await inspect(wheelMembers({ files: { 'demo_pkg-1.0.dist-info/LICENSE': 'MIT' } }));
    expect(checkLicenseFiles(contents, ['docs/LICENSE'], 'demo.whl')).toEqual([]);
  });
});

describe('real wheels', () => {
  let built: { wheel: string; sdist: string };
  beforeAll(async () => {
    built = await buildWithHatchling(temp.dir);
  });

  it('reads a hatchling wheel with no problems', async () => {
    const contents = await inspectWheel(built.wheel, basename(built.wheel), {
      name: 'tiny_demo',
      version: '1.0.0',
    });
    expect(contents.problems).toEqual([]);
    expect(contents.metadataText).toMatch(/^Metadata-Version: /);
    expect(checkLicenseFiles(contents, ['LICENSE'], basename(built.wheel))).toEqual([]);
  });

  it('reads every wheel Debian ships in /usr/share/python-wheels without errors', async () => {
    const dir = '/usr/share/python-wheels';
    const wheels = (await readdir(dir)).filter((f) => f.endsWith('.whl'));
    expect(wheels.length).toBeGreaterThan(0);
    for (const wheel of wheels) {
      const [name = '', version = ''] = wheel.split('-');
      const contents = await inspectWheel(join(dir, wheel), wheel, { name, version });
      expect(contents.problems.filter((p) => p.severity === 'error')).toEqual([]);
      expect(contents.metadataText).toBeDefined();
    }
  });
});

function withMember(member: ZipMember): ZipMember[] {
  return [...wheelMembers(), member];
}

async function inspectBytes(bytes: Buffer): Promise<ArchiveContents> {
  counter += 1;
  const path = await temp.write(`b${counter}.whl`, bytes);
  return inspectWheel(path, 'demo_pkg-1.0-py3-none-any.whl', expected);
}

function inspectEmpty(): Promise<ArchiveContents> {
  return inspectBytes(Buffer.alloc(0));
}
