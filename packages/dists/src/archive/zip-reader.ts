import { ProblemSink } from '../problem-sink';
import { FileWindow } from './file-window';
import { checkCentralEntry, type ZipEntry } from './zip-entry-checks';
import { checkLayout } from './zip-layout';
import {
  decodeCentral,
  decodeEocd,
  decodeEocd64,
  EOCD_SIZE,
  EOCD64_SIZE,
  eocdCandidates,
  LOCATOR_SIZE,
  needsZip64,
  SIG_CENTRAL,
  SIG_EOCD64_LOCATOR,
} from './zip-records';

export type { ZipEntry } from './zip-entry-checks';

export const MAX_MEMBERS = 100_000;
/** A central directory this large cannot be a real wheel's (100,000 members with 600-byte names). */
const MAX_CENTRAL_DIRECTORY = 64 << 20;

/** Where the central directory lies, after the end records have been checked. */
interface Directory {
  /** Bytes before the archive proper (self-extractor stubs, concatenation); offsets are relative to it. */
  readonly base: number;
  readonly start: number;
  readonly size: number;
  readonly entries: number;
  /** Offset of the first end record (the ZIP64 one when present). */
  readonly endStart: number;
}

export interface ZipListing {
  readonly entries: ZipEntry[];
  readonly problems: ProblemSink;
  readonly file: FileWindow;
  /** False when the central directory could not be found or read: `entries` is then empty or partial. */
  directoryRead: boolean;
}

/**
 * Opens a zip file and checks its structure: end records, central directory, every member's local header and
 * the absence of bytes that belong to nothing. The caller must close `file`. Never throws for bad archives;
 * throws `DistsError` when the file cannot be read.
 */
export async function listZip(path: string, filename: string, opened?: FileWindow): Promise<ZipListing> {
  const file = opened ?? (await FileWindow.open(path));
  const problems = new ProblemSink(filename);
  const listing: ZipListing = { entries: [], problems, file, directoryRead: false };
  try {
    if (file.size === 0) {
      problems.add('empty-file', 'the file is empty (0 bytes)');
      return listing;
    }
    const directory = await findDirectory(file, problems);
    if (!directory) return listing;
    listing.entries.push(...(await readCentralDirectory(file, directory, problems)));
    listing.directoryRead = listing.entries.length === directory.entries;
    await checkLayout(file, listing.entries, directory, problems);
    return listing;
  } catch (error) {
    await file.close();
    throw error;
  }
}

async function findDirectory(file: FileWindow, problems: ProblemSink): Promise<Directory | undefined> {
  const tailLength = Math.min(file.size, 0xffff + EOCD_SIZE);
  const tailStart = file.size - tailLength;
  const tail = Buffer.from(await file.read(tailStart, tailLength));
  const [last] = eocdCandidates(tail, tailStart, file.size);
  if (last === undefined) {
    problems.add('zip-not-a-zip', 'no end-of-central-directory record: not a ZIP archive, or truncated');
    return undefined;
  }
  const eocd = decodeEocd(tail, last, tailStart);
  const after = file.size - (eocd.offset + EOCD_SIZE + eocd.commentLength);
  if (after > 0)
    problems.add('zip-trailing-data', `${after} bytes follow the end-of-central-directory record`);
  if (eocd.commentLength > 0)
    problems.add('zip-comment', `the archive has a ${eocd.commentLength}-byte comment`);
  if (eocd.disk !== 0 || eocd.cdDisk !== 0) {
    problems.add('zip-central-directory', 'the archive claims to span several disks');
    return undefined;
  }
  if (eocd.entriesOnDisk !== eocd.entries) {
    problems.add('zip-central-directory', 'the end record gives two different entry counts');
  }
  let directory: Omit<Directory, 'base'> = {
    start: eocd.cdOffset,
    size: eocd.cdSize,
    entries: eocd.entries,
    endStart: eocd.offset,
  };
  const locatorAt = eocd.offset - LOCATOR_SIZE;
  // A copy: readZip64 reads the ZIP64 record before it is done with the locator.
  const locator = locatorAt >= 0 ? Buffer.from(await file.read(locatorAt, LOCATOR_SIZE)) : Buffer.alloc(0);
  if (locator.length === LOCATOR_SIZE && locator.readUInt32LE(0) === SIG_EOCD64_LOCATOR) {
    const zip64 = await readZip64(file, locator, locatorAt, eocd, problems);
    if (!zip64) return undefined;
    directory = zip64;
  } else if (needsZip64(eocd)) {
    problems.add('zip-central-directory', 'the end record points to ZIP64 records that are missing');
    return undefined;
  }
  if (directory.entries > MAX_MEMBERS) {
    problems.add('archive-too-many-members', `the archive lists ${directory.entries} members`);
    return undefined;
  }
  if (directory.size > MAX_CENTRAL_DIRECTORY) {
    problems.add('archive-too-many-members', `the central directory takes ${directory.size} bytes`);
    return undefined;
  }
  return placeDirectory(file, directory, problems);
}

async function readZip64(
  file: FileWindow,
  locator: Buffer,
  locatorAt: number,
  eocd: ReturnType<typeof decodeEocd>,
  problems: ProblemSink,
): Promise<Omit<Directory, 'base'> | undefined> {
  const recordAt = Number(locator.readBigUInt64LE(8));
  const record = decodeEocd64(Buffer.from(await file.read(recordAt, EOCD64_SIZE)));
  if (typeof record === 'string' || locator.readUInt32LE(4) !== 0 || locator.readUInt32LE(16) > 1) {
    const why = typeof record === 'string' ? record : 'the ZIP64 locator names another disk';
    problems.add('zip-central-directory', why);
    return undefined;
  }
  if (record.recordSize !== EOCD64_SIZE - 12) {
    problems.add('zip-central-directory', 'the ZIP64 end record carries extensible data');
  }
  if (record.disk !== 0 || record.cdDisk !== 0 || record.entriesOnDisk !== record.entries) {
    problems.add('zip-central-directory', 'the ZIP64 end record is inconsistent (disks or entry counts)');
  }
  // Fields of the plain record that are not 0xFFFF… markers must agree with the ZIP64 record.
  const disagree =
    (eocd.entries !== 0xffff && eocd.entries !== record.entries) ||
    (eocd.cdSize !== 0xffffffff && eocd.cdSize !== record.cdSize) ||
    (eocd.cdOffset !== 0xffffffff && eocd.cdOffset !== record.cdOffset);
  if (disagree) problems.add('zip-central-directory', 'the ZIP64 and plain end records disagree');
  const gap = locatorAt - (recordAt + EOCD64_SIZE);
  if (gap !== 0) problems.add('zip-central-directory', 'the ZIP64 end record does not precede its locator');
  return { start: record.cdOffset, size: record.cdSize, entries: record.entries, endStart: recordAt };
}

/** Finds the central directory and the size of any data prepended to the archive. */
async function placeDirectory(
  file: FileWindow,
  directory: Omit<Directory, 'base'>,
  problems: ProblemSink,
): Promise<Directory | undefined> {
  const slack = directory.endStart - directory.start - directory.size;
  if (!Number.isFinite(slack) || slack < 0) {
    problems.add('zip-central-directory', 'the central directory overlaps the end record or lies past it');
    return undefined;
  }
  const isCentral = async (at: number) => {
    const head = await file.read(at, 4);
    return head.length === 4 && head.readUInt32LE(0) === SIG_CENTRAL;
  };
  if (slack === 0 || directory.entries === 0 || (await isCentral(directory.start))) {
    if (slack > 0) await reportGap(file, directory.start + directory.size, slack, problems);
    return { ...directory, base: 0 };
  }
  // Like Python's zipfile: bytes prepended to the archive shift every offset by the same amount.
  if (await isCentral(directory.start + slack)) {
    problems.add('zip-trailing-data', `${slack} bytes precede the archive's first member`);
    return { ...directory, start: directory.start + slack, base: slack };
  }
  problems.add('zip-central-directory', 'no central directory at the offset the end record gives');
  return undefined;
}

/** Reports bytes between the central directory and the end record, naming a second end record if present. */
async function reportGap(file: FileWindow, at: number, length: number, problems: ProblemSink): Promise<void> {
  const gap = await file.read(at, Math.min(length, 1 << 20));
  if (gap.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))) {
    problems.add('zip-central-directory', 'the archive holds more than one end-of-central-directory record');
  }
  problems.add('zip-trailing-data', `${length} bytes lie between the central directory and the end record`);
}

async function readCentralDirectory(
  file: FileWindow,
  directory: Directory,
  problems: ProblemSink,
): Promise<ZipEntry[]> {
  const buffer = Buffer.from(await file.read(directory.start, directory.size));
  const entries: ZipEntry[] = [];
  const seen = new Set<string>();
  let at = 0;
  for (let index = 0; index < directory.entries; index++) {
    const header = decodeCentral(buffer, at);
    if (!header) {
      problems.add('zip-central-directory', `central directory entry ${index + 1} is not a valid header`);
      return entries;
    }
    at += header.length;
    entries.push(checkCentralEntry(header, seen, problems));
  }
  if (at !== buffer.length) {
    problems.add('zip-central-directory', 'the central directory size disagrees with its entries');
  }
  return entries;
}
