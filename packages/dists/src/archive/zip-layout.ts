import type { ProblemSink } from '../problem-sink';
import { type FileWindow, WINDOW } from './file-window';
import { showName } from './member-paths';
import type { ZipEntry } from './zip-entry-checks';
import { decodeLocal, LOCAL_SIZE, SIG_DATA_DESCRIPTOR } from './zip-records';

/**
 * Walks the members in file order and checks that the archive is exactly: local header + data for each
 * central entry, back to back from offset 0, then the central directory. That is what PyPI's validator
 * verifies by streaming local headers; here we jump from header to header, so data is never read.
 * A local header no central entry points at shows up as a gap; a hidden member as a name mismatch.
 */
export async function checkLayout(
  file: FileWindow,
  entries: readonly ZipEntry[],
  directory: { readonly base: number; readonly start: number },
  problems: ProblemSink,
): Promise<void> {
  const ordered = [...entries].sort((a, b) => a.localOffset - b.localOffset);
  const readAheads = readAheadsOf(ordered, directory.base);
  let expected = directory.base;
  for (const [index, entry] of ordered.entries()) {
    const at = directory.base + entry.localOffset;
    if (at > expected) {
      problems.add('zip-trailing-data', `${at - expected} bytes at offset ${expected} belong to no member`);
    } else if (at < expected) {
      problems.add('zip-central-directory', `member ${showName(entry.name)} overlaps the member before it`);
      continue;
    }
    const end = await checkLocal(file, entry, at, directory.start, problems, readAheads[index]);
    if (end === undefined) return; // no way to know where the next member should start
    expected = end;
  }
  if (directory.start > expected) {
    problems.add(
      'zip-trailing-data',
      `${directory.start - expected} bytes before the central directory belong to no member`,
    );
  } else if (directory.start < expected) {
    problems.add('zip-central-directory', 'the last member runs into the central directory');
  }
}

/** Checks the local header of `entry` at `at`; returns where the member ends, or undefined when lost. */
async function checkLocal(
  file: FileWindow,
  entry: ZipEntry,
  at: number,
  directoryStart: number,
  problems: ProblemSink,
  readAhead: number | undefined,
): Promise<number | undefined> {
  const fixed = await file.read(at, LOCAL_SIZE, readAhead);
  const variable = fixed.length === LOCAL_SIZE ? fixed.readUInt16LE(26) + fixed.readUInt16LE(28) : 0;
  const local = decodeLocal(Buffer.from(await file.read(at, LOCAL_SIZE + variable)));
  if (typeof local === 'string') {
    problems.add('zip-central-directory', `member ${showName(entry.name)}: ${local}`);
    return undefined;
  }
  if (local.problem)
    problems.add('zip-central-directory', `member ${showName(entry.name)}: ${local.problem}`);
  if (!local.rawName.equals(entry.rawName)) {
    const localName = showName(local.rawName.toString('utf8'));
    problems.add(
      'zip-central-directory',
      `member ${showName(entry.name)} has the name ${localName} in its local header`,
    );
  } else if (local.method !== entry.method) {
    problems.add(
      'zip-central-directory',
      `member ${showName(entry.name)} has different compression methods in its two headers`,
    );
  } else if (
    !(local.flags & 0x8) &&
    (local.compressedSize !== entry.compressedSize || local.uncompressedSize !== entry.uncompressedSize)
  ) {
    problems.add(
      'zip-central-directory',
      `member ${showName(entry.name)} has different sizes in its two headers`,
    );
  }
  if (local.flags & 0x8 && !(entry.flags & 0x8)) {
    problems.add('zip-data-descriptor', `member ${showName(entry.name)} has a data descriptor`);
  }
  const dataOffset = at + local.headerLength;
  let end = dataOffset + entry.compressedSize;
  if (end > directoryStart) {
    problems.add(
      'zip-central-directory',
      `member ${showName(entry.name)} claims more data than lies before the central directory`,
    );
    return undefined;
  }
  if (local.flags & 0x8) end += await descriptorLength(file, end, entry);
  entry.dataOffset = dataOffset;
  return end;
}

/** A data descriptor is 12 or 16 bytes (20 or 24 with ZIP64 sizes), the optional signature making the difference. */
async function descriptorLength(file: FileWindow, at: number, entry: ZipEntry): Promise<number> {
  const head = await file.read(at, 4);
  const signed = head.length === 4 && head.readUInt32LE(0) === SIG_DATA_DESCRIPTOR ? 4 : 0;
  const zip64 = entry.compressedSize >= 0xffffffff || entry.uncompressedSize >= 0xffffffff;
  return signed + (zip64 ? 20 : 12);
}

/** What a local header's extra field usually takes at most (ZIP64 sizes, timestamps): a guess, not a limit. */
const EXTRA_ALLOWANCE = 64;

/**
 * For each member (in file order), how many bytes to read at its local header so that one read also covers the
 * following headers that fit in one window, and no more: a member whose data is large is followed by a read of
 * its header alone instead of a window of data nobody looks at (256 KiB a header for a 15,000-member wheel is
 * 4 GB copied for nothing). Two pointers: linear in the number of members.
 */
function readAheadsOf(ordered: readonly ZipEntry[], base: number): number[] {
  const headerEnd = (entry: ZipEntry) =>
    base + entry.localOffset + LOCAL_SIZE + entry.rawName.length + EXTRA_ALLOWANCE;
  const readAheads: number[] = [];
  let last = 0;
  for (let index = 0; index < ordered.length; index++) {
    const at = base + ordered[index]!.localOffset;
    last = Math.max(last, index);
    while (last + 1 < ordered.length && headerEnd(ordered[last + 1]!) - at <= WINDOW) last++;
    readAheads.push(headerEnd(ordered[last]!) - at);
  }
  return readAheads;
}
