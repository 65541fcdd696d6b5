import { crc32 } from 'node:zlib';
import { inflateSync } from 'fflate';
import type { ProblemSink } from '../problem-sink';
import type { FileWindow } from './file-window';
import { showName } from './member-paths';
import type { ZipEntry } from './zip-entry-checks';

/** Metadata files are read whole; anything larger than this is refused rather than loaded. */
export const MAX_TEXT_MEMBER = 32 * 1024 * 1024;

/**
 * Reads one small member (METADATA, WHEEL, RECORD…) into memory. Decompression is bounded by the declared
 * size, so a member lying about its size cannot make us inflate more; the CRC then catches the lie.
 * Returns undefined, with a problem, when the member is too large or does not decode.
 */
export async function readZipMember(
  file: FileWindow,
  entry: ZipEntry,
  problems: ProblemSink,
  limit = MAX_TEXT_MEMBER,
): Promise<Buffer | undefined> {
  const shown = showName(entry.name);
  if (entry.uncompressedSize > limit || entry.compressedSize > limit) {
    problems.add('archive-member-too-large', `member ${shown} is ${entry.uncompressedSize} bytes`);
    return undefined;
  }
  if (entry.dataOffset === undefined || (entry.method !== 0 && entry.method !== 8) || entry.flags & 0x1) {
    return undefined; // its header or method is already reported
  }
  const raw = Buffer.from(await file.read(entry.dataOffset, entry.compressedSize));
  let data: Buffer;
  try {
    // The output buffer is one byte over the declared size: inflating stops there, and a member that lies
    // about its size then fails the size check below. fflate, not node:zlib: for the small members read here
    // a zlib stream object per call costs more than the inflating itself.
    data =
      entry.method === 0
        ? raw
        : toBuffer(inflateSync(raw, { out: new Uint8Array(entry.uncompressedSize + 1) }));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.add(
      'zip-central-directory',
      `member ${shown} does not decompress to its declared size (${reason})`,
    );
    return undefined;
  }
  if (
    data.length !== entry.uncompressedSize ||
    (typeof crc32 === 'function' && crc32(data) !== entry.crc32)
  ) {
    problems.add(
      'zip-central-directory',
      `member ${shown} does not match the size and CRC-32 the archive records`,
    );
    return undefined;
  }
  return data;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
