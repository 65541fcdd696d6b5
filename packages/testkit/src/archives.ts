/**
 * Crafts zip and tar.gz files byte by byte, so tests can build exactly the broken archives the readers must
 * refuse. Deliberately independent of the code under test (own CRC, own headers).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { buildPythonProject, writePythonProject } from './python-project';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

export interface ZipMember {
  name: string | Buffer;
  data?: string | Buffer;
  /** 0 stored, 8 deflate; any other number is written as-is with stored bytes. */
  method?: number;
  /** Name written in the local header instead of `name`. */
  localName?: string;
  comment?: string;
  /** Unix mode (e.g. 0o120777 for a symlink), stored in the external attributes with "made by Unix". */
  unixMode?: number;
  flags?: number;
  /** Sizes to declare instead of the real ones (both headers). */
  declaredSize?: number;
  declaredCompressedSize?: number;
  /** Extra field bytes for the central header. */
  centralExtra?: Buffer;
}

export interface ZipOptions {
  comment?: string;
  /** Bytes before the first local header. */
  prefix?: Buffer;
  /** Bytes after the end record. */
  trailing?: Buffer;
  /** Bytes between the first member and the second. */
  gap?: Buffer;
  /** Bytes between the central directory and the end record. */
  beforeEnd?: Buffer;
  /** Omit these member indexes from the central directory (their local records stay). */
  hideFromCentral?: number[];
  /** Write ZIP64 end records (and 0xFFFF markers in the plain one). */
  zip64?: boolean;
}

export function buildZip(members: ZipMember[], options: ZipOptions = {}): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const push = (b: Buffer) => {
    parts.push(b);
    offset += b.length;
  };
  if (options.prefix) push(options.prefix);
  members.forEach((member, index) => {
    const name = Buffer.isBuffer(member.name) ? member.name : Buffer.from(member.name);
    const localName = member.localName === undefined ? name : Buffer.from(member.localName);
    const data = Buffer.from(member.data ?? '');
    const method = member.method ?? 8;
    const stored = method === 8 ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const size = member.declaredSize ?? data.length;
    const csize = member.declaredCompressedSize ?? stored.length;
    const flags = (member.flags ?? 0) | 0x800;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(csize, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(localName.length, 26);
    const localOffset = offset;
    push(Buffer.concat([local, localName, stored]));
    if (index === 0 && options.gap) push(options.gap);

    const comment = Buffer.from(member.comment ?? '');
    const extra = member.centralExtra ?? Buffer.alloc(0);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(member.unixMode === undefined ? 20 : 0x0314, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(csize, 20);
    header.writeUInt32LE(size, 24);
    header.writeUInt16LE(name.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt16LE(comment.length, 32);
    header.writeUInt32LE(((member.unixMode ?? 0o100644) << 16) >>> 0, 38);
    header.writeUInt32LE(localOffset, 42);
    if (!options.hideFromCentral?.includes(index))
      central.push(Buffer.concat([header, name, extra, comment]));
  });
  const cd = Buffer.concat(central);
  const cdOffset = offset;
  push(cd);
  if (options.beforeEnd) push(options.beforeEnd);
  if (options.zip64) {
    const record = Buffer.alloc(56);
    record.writeUInt32LE(0x06064b50, 0);
    record.writeBigUInt64LE(44n, 4);
    record.writeBigUInt64LE(BigInt(central.length), 24);
    record.writeBigUInt64LE(BigInt(central.length), 32);
    record.writeBigUInt64LE(BigInt(cd.length), 40);
    record.writeBigUInt64LE(BigInt(cdOffset), 48);
    const locator = Buffer.alloc(20);
    locator.writeUInt32LE(0x07064b50, 0);
    locator.writeBigUInt64LE(BigInt(offset), 8);
    locator.writeUInt32LE(1, 16);
    push(Buffer.concat([record, locator]));
  }
  const comment = Buffer.from(options.comment ?? '');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : central.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : central.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : cdOffset, 16);
  end.writeUInt16LE(comment.length, 20);
  push(Buffer.concat([end, comment]));
  if (options.trailing) push(options.trailing);
  return Buffer.concat(parts);
}

export interface WheelSpec {
  name?: string;
  version?: string;
  distInfo?: string;
  files?: Record<string, string | Buffer>;
  metadata?: string | Buffer;
  wheel?: string;
  entryPoints?: string;
  /** RECORD text to use instead of the generated one; `null` leaves RECORD out. */
  record?: string | null;
  omit?: string[];
}

/** Members of a small valid wheel (RECORD generated with real hashes), for tests to adjust. */
export function wheelMembers(spec: WheelSpec = {}): ZipMember[] {
  const name = spec.name ?? 'demo_pkg';
  const version = spec.version ?? '1.0';
  const distInfo = spec.distInfo ?? `${name}-${version}.dist-info`;
  const files: Record<string, string | Buffer> = {
    'demo_pkg/__init__.py': '__version__ = "1.0"\n',
    ...spec.files,
    [`${distInfo}/METADATA`]: spec.metadata ?? `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\n`,
    [`${distInfo}/WHEEL`]:
      spec.wheel ?? 'Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  };
  if (spec.entryPoints !== undefined) files[`${distInfo}/entry_points.txt`] = spec.entryPoints;
  for (const path of spec.omit ?? []) delete files[path];
  const members: ZipMember[] = Object.entries(files).map(([path, data]) => ({ name: path, data }));
  if (spec.record === null) return members;
  const rows = Object.entries(files).map(([path, data]) => {
    const digest = createHash('sha256').update(data).digest('base64url');
    return `${path},sha256=${digest},${Buffer.byteLength(data)}`;
  });
  const record = spec.record ?? `${rows.join('\n')}\n${distInfo}/RECORD,,\n`;
  members.push({ name: `${distInfo}/RECORD`, data: record });
  return members;
}

export interface TarMember {
  name: string;
  data?: string | Buffer;
  /** ustar type flag; '0' file by default. */
  type?: string;
  linkName?: string;
  /** Overrides the size field (for absurd extension headers). */
  size?: number;
  /** Corrupts the checksum. */
  badChecksum?: boolean;
}

export function tarHeader(member: TarMember, dataLength: number): Buffer {
  const header = Buffer.alloc(512);
  header.write(member.name, 0, 100, 'utf8');
  header.write('0000644\0', 100, 'latin1');
  header.write('0000000\0', 108, 'latin1');
  header.write('0000000\0', 116, 'latin1');
  header.write(`${(member.size ?? dataLength).toString(8).padStart(11, '0')}\0`, 124, 'latin1');
  header.write('00000000000\0', 136, 'latin1');
  header.write(member.type ?? '0', 156, 'latin1');
  header.write(member.linkName ?? '', 157, 100, 'utf8');
  header.write('ustar\x0000', 257, 'latin1');
  header.fill(0x20, 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  if (member.badChecksum) sum += 1;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1');
  return header;
}

/** A raw (uncompressed) tar stream with the two zero blocks at the end. */
export function buildTar(members: TarMember[], { end = true } = {}): Buffer {
  const parts: Buffer[] = [];
  for (const member of members) {
    const data = Buffer.from(member.data ?? '');
    parts.push(tarHeader(member, data.length), data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  if (end) parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

export function buildTarGz(members: TarMember[]): Buffer {
  return gzipSync(buildTar(members));
}

/** Members of a small valid sdist. */
export function sdistMembers(top = 'demo_pkg-1.0', pkgInfo?: string | Buffer): TarMember[] {
  return [
    { name: `${top}/`, type: '5' },
    { name: `${top}/PKG-INFO`, data: pkgInfo ?? 'Metadata-Version: 2.1\nName: demo_pkg\nVersion: 1.0\n' },
    { name: `${top}/pyproject.toml`, data: '[project]\nname = "demo_pkg"\n' },
    { name: `${top}/LICENSE`, data: 'MIT\n' },
  ];
}

export async function makeTempDir(): Promise<{
  dir: string;
  write: (name: string, data: Buffer) => Promise<string>;
  cleanup: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'dists-test-'));
  return {
    dir,
    write: async (name, data) => {
      const path = join(dir, name);
      await writeFile(path, data);
      return path;
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Builds a real wheel and sdist with hatchling (Debian's python3-build, no network, no isolation). */
export async function buildWithHatchling(dir: string): Promise<{ wheel: string; sdist: string }> {
  const project = join(dir, 'project');
  await writePythonProject(project, {
    name: 'Tiny.Demo',
    version: '1.0.0',
    projectLines: ['[project.scripts]', 'tiny-demo = "tiny_demo:main"'],
    files: { LICENSE: 'MIT License\n', 'src/tiny_demo/__init__.py': 'def main():\n    return 0\n' },
  });
  const files = await buildPythonProject(project, join(dir, 'dist'));
  const wheel = files.find((f) => f.endsWith('.whl'));
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  if (!wheel || !sdist) throw new Error(`hatchling built ${files.join(', ')}`);
  return { wheel, sdist };
}
