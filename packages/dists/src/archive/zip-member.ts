import { crc32, inflateRawSync } from 'node:zlib';
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
  const declared = entry.uncompressedSize;
  const small = entry.method === 8 && declared < NATIVE_INFLATE_FROM;
  const quick = small ? inflateWithZlibFirst(raw, declared) : undefined;
  const inflate = small && quick === undefined ? await fflate() : undefined;
  let data: Buffer;
  try {
    data = entry.method === 0 ? raw : (quick ?? inflateBounded(raw, declared, inflate));
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

/** Past this declared size node:zlib inflates: fflate, in JavaScript, took 0.1 s for a 1.6 MB RECORD. */
const NATIVE_INFLATE_FROM = 256 << 10;

/**
 * Inflates at most one byte over the declared size: inflating stops there, and a member that lies about its size
 * then fails the size check. fflate for small members (a zlib stream object per call costs more than the inflating
 * itself), node:zlib for large ones; zlib refuses to go past its limit instead of stopping, which is the same lie.
 */
function inflateBounded(raw: Buffer, declared: number, inflate: Inflate | undefined): Buffer {
  if (inflate && declared < NATIVE_INFLATE_FROM) {
    return toBuffer(inflate(raw, { out: new Uint8Array(declared + 1) }));
  }
  try {
    return inflateRawSync(raw, { maxOutputLength: declared + 1 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
    return Buffer.alloc(declared + 1); // longer than declared: the size check reports it
  }
}

/**
 * Small members node:zlib inflates before fflate is loaded. Loading fflate builds its tables in JavaScript: for
 * the CLI's check of one small wheel that cost more (~10 ms on Node 20) than the rest of the wheel's checks, and
 * more than zlib's extra cost per member (~40 µs) over this many members. A release of many wheels then loads
 * fflate and inflates the rest with it, as before.
 */
const ZLIB_FIRST_MEMBERS = 64;
let zlibMembers = 0;

/**
 * A small member inflated by node:zlib (bounded as `inflateBounded` bounds it), or undefined when fflate must
 * inflate it: zlib's budget is spent, or zlib refuses the stream (corrupt, or longer than declared). So every
 * refusal, and its message, is still fflate's; and where zlib inflates a stream, the stream is valid deflate and
 * fflate would have produced the same bytes.
 */
function inflateWithZlibFirst(raw: Buffer, declared: number): Buffer | undefined {
  if (fflateLoaded || zlibMembers >= ZLIB_FIRST_MEMBERS) return undefined;
  zlibMembers++;
  try {
    return inflateRawSync(raw, { maxOutputLength: declared + 1 });
  } catch {
    return undefined;
  }
}

type Inflate = typeof import('./fflate-inflate')['inflateSync'];
let loading: Promise<Inflate> | undefined;
let fflateLoaded = false;

/**
 * fflate's inflate, loaded when zlib does not inflate a small member, into a module of its own: fflate builds its
 * tables at load in a loop that V8 optimises on the spot (on-stack replacement of the whole top-level code it sits
 * in), which inside a bundle's large shared chunk cost tens of milliseconds of CPU.
 */
function fflate(): Promise<Inflate> {
  loading ??= import('./fflate-inflate').then((module) => {
    fflateLoaded = true;
    return module.inflateSync;
  });
  return loading;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}
