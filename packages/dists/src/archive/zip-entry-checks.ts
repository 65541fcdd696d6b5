import type { ProblemSink } from '../problem-sink';
import { controlCharacter, decodeUtf8, showName, unsafePathReason } from './member-paths';
import type { CentralHeader } from './zip-records';

/** One member as the central directory describes it. */
export interface ZipEntry {
  /** The name decoded as UTF-8 (invalid bytes replaced), for reports and lookups. */
  readonly name: string;
  readonly rawName: Buffer;
  readonly method: number;
  readonly flags: number;
  readonly crc32: number;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly localOffset: number;
  readonly isSymlink: boolean;
  /** File offset of the member's data, set once its local header checked out. */
  dataOffset?: number;
}

const METHODS: Record<number, string> = {
  1: 'shrink',
  6: 'implode',
  9: 'deflate64',
  12: 'bzip2',
  14: 'lzma',
};
Object.assign(METHODS, { 93: 'zstd', 95: 'xz', 98: 'ppmd', 99: 'AES encryption' });

const LARGE_MEMBER = 64 * 1024 * 1024;
const MAX_RATIO = 50;
const UNIX = 3;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * Checks one central directory entry against the per-member rules (name, compression, comment, ratio,
 * symlink) and turns it into a `ZipEntry`. `seen` holds the raw names met so far.
 */
export function checkCentralEntry(header: CentralHeader, seen: Set<string>, problems: ProblemSink): ZipEntry {
  const { text: name, valid } = decodeUtf8(header.rawName);
  if (!valid) problems.add('zip-filename', `member name ${showName(name)} is not valid UTF-8`);
  const control = controlCharacter(name);
  if (control)
    problems.add('zip-filename', `member name ${showName(name)} contains the control character ${control}`);
  if (typeof header.extras === 'string') {
    problems.add('zip-central-directory', `member ${showName(name)}: ${header.extras}`);
  } else {
    checkUnicodePath(header.extras.get(0x7075), name, problems);
  }
  const unsafe = unsafePathReason(name, { backslash: true });
  if (unsafe) problems.add('zip-path-traversal', `member name ${showName(name)} ${unsafe}`);

  // Raw bytes decide duplicates: two invalid names may decode to the same replacement text.
  const key = header.rawName.toString('latin1');
  if (seen.has(key)) problems.add('zip-duplicate-entry', `member ${showName(name)} appears more than once`);
  seen.add(key);

  if (header.method !== 0 && header.method !== 8) {
    const method = METHODS[header.method] ?? 'unknown';
    problems.add(
      'zip-compression',
      `member ${showName(name)} uses compression method ${header.method} (${method})`,
    );
  }
  if (header.flags & 0x1) problems.add('zip-compression', `member ${showName(name)} is encrypted`);
  if (header.flags & 0x8)
    problems.add('zip-data-descriptor', `member ${showName(name)} has a data descriptor`);
  if (header.commentLength > 0) problems.add('zip-comment', `member ${showName(name)} has a comment`);
  if (header.disk !== 0)
    problems.add('zip-central-directory', `member ${showName(name)} claims to be on another disk`);
  // Sizes from the central directory, as PyPI computes the ratio; installers stop reading at the declared
  // size, so a member lying about it fails its CRC check instead of filling the disk.
  const { uncompressedSize, compressedSize } = header;
  if (uncompressedSize > LARGE_MEMBER && uncompressedSize > MAX_RATIO * compressedSize) {
    const ratio = compressedSize === 0 ? 'infinite' : `${Math.round(uncompressedSize / compressedSize)}:1`;
    problems.add(
      'zip-compression-ratio',
      `member ${showName(name)} expands ${compressedSize} to ${uncompressedSize} bytes (${ratio})`,
    );
  }
  const isSymlink = header.madeBy >> 8 === UNIX && ((header.externalAttributes >>> 16) & S_IFMT) === S_IFLNK;
  if (isSymlink) problems.add('zip-symlink', `member ${showName(name)} is a symbolic link`);
  return {
    name,
    rawName: header.rawName,
    method: header.method,
    flags: header.flags,
    crc32: header.crc32,
    compressedSize,
    uncompressedSize,
    localOffset: header.localOffset,
    isSymlink,
  };
}

/** The Info-ZIP Unicode path field overrides the name in some unzippers, so it must be as clean as the name. */
function checkUnicodePath(field: Buffer | undefined, name: string, problems: ProblemSink): void {
  if (!field) return;
  const { text, valid } = decodeUtf8(field.subarray(5));
  if (!valid || field.length < 5) {
    problems.add('zip-filename', `member ${showName(name)} has a Unicode path field that is not valid UTF-8`);
  } else if (controlCharacter(text)) {
    problems.add('zip-filename', `member ${showName(name)} has a Unicode path field with control characters`);
  }
}
