/**
 * Decoding of the fixed ZIP records (APPNOTE.TXT 4.3): end of central directory (plain and ZIP64), central
 * directory headers, local headers and extra fields. Pure functions over buffers; every function returns a
 * reason string instead of throwing when a record does not decode.
 */

export const SIG_LOCAL = 0x04034b50;
export const SIG_CENTRAL = 0x02014b50;
export const SIG_EOCD = 0x06054b50;
export const SIG_EOCD64 = 0x06064b50;
export const SIG_EOCD64_LOCATOR = 0x07064b50;
export const SIG_DATA_DESCRIPTOR = 0x08074b50;

export const EOCD_SIZE = 22;
export const EOCD64_SIZE = 56;
export const LOCATOR_SIZE = 20;
export const CENTRAL_SIZE = 46;
export const LOCAL_SIZE = 30;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;

export interface Eocd {
  readonly offset: number;
  readonly disk: number;
  readonly cdDisk: number;
  readonly entriesOnDisk: number;
  readonly entries: number;
  readonly cdSize: number;
  readonly cdOffset: number;
  readonly commentLength: number;
}

/** True when any EOCD field holds the "see the ZIP64 record" marker. */
export function needsZip64(eocd: Eocd): boolean {
  return (
    eocd.entries === MAX16 || eocd.entriesOnDisk === MAX16 || eocd.cdSize === MAX32 || eocd.cdOffset === MAX32
  );
}

/** Decodes the EOCD at `at` in `buf`, whose first byte sits at file offset `base`. */
export function decodeEocd(buf: Buffer, at: number, base: number): Eocd {
  return {
    offset: base + at,
    disk: buf.readUInt16LE(at + 4),
    cdDisk: buf.readUInt16LE(at + 6),
    entriesOnDisk: buf.readUInt16LE(at + 8),
    entries: buf.readUInt16LE(at + 10),
    cdSize: buf.readUInt32LE(at + 12),
    cdOffset: buf.readUInt32LE(at + 16),
    commentLength: buf.readUInt16LE(at + 20),
  };
}

/**
 * Every offset in `tail` (file offset `base`) where an EOCD signature starts whose comment would end inside
 * the file, last first. The real EOCD is normally the first; several plausible ones mean a suspicious file.
 */
const EOCD_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export function eocdCandidates(tail: Buffer, base: number, fileSize: number): number[] {
  const found: number[] = [];
  // Buffer#lastIndexOf is a native search: a byte-by-byte loop costs more than the rest of a small wheel's check.
  let at = tail.length >= EOCD_SIZE ? tail.lastIndexOf(EOCD_SIGNATURE, tail.length - EOCD_SIZE) : -1;
  while (at >= 0) {
    const commentLength = tail.readUInt16LE(at + 20);
    if (base + at + EOCD_SIZE + commentLength <= fileSize) found.push(at);
    at = at > 0 ? tail.lastIndexOf(EOCD_SIGNATURE, at - 1) : -1;
  }
  return found;
}

export interface Eocd64 {
  readonly recordSize: number;
  readonly disk: number;
  readonly cdDisk: number;
  readonly entriesOnDisk: number;
  readonly entries: number;
  readonly cdSize: number;
  readonly cdOffset: number;
}

/** Reads a little-endian 64-bit count; values beyond 2^53 come back as Infinity so range checks fail. */
export function readUInt64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

export function decodeEocd64(buf: Buffer): Eocd64 | string {
  if (buf.length < EOCD64_SIZE || buf.readUInt32LE(0) !== SIG_EOCD64)
    return 'the ZIP64 end record is missing';
  return {
    recordSize: readUInt64(buf, 4),
    disk: buf.readUInt32LE(16),
    cdDisk: buf.readUInt32LE(20),
    entriesOnDisk: readUInt64(buf, 24),
    entries: readUInt64(buf, 32),
    cdSize: readUInt64(buf, 40),
    cdOffset: readUInt64(buf, 48),
  };
}

/** Extra fields by header id; a reason when the block does not split into whole fields or repeats an id. */
export function decodeExtras(extra: Buffer): Map<number, Buffer> | string {
  const fields = new Map<number, Buffer>();
  let at = 0;
  while (at < extra.length) {
    if (at + 4 > extra.length) return 'an extra field is truncated';
    const id = extra.readUInt16LE(at);
    const size = extra.readUInt16LE(at + 2);
    if (at + 4 + size > extra.length) return 'an extra field overruns its block';
    // Installers disagree on which copy wins, so a repeated ZIP64 or Unicode-path field is refused.
    if (fields.has(id) && (id === 0x0001 || id === 0x7075))
      return `extra field 0x${id.toString(16)} is repeated`;
    fields.set(id, extra.subarray(at + 4, at + 4 + size));
    at += 4 + size;
  }
  return fields;
}

export interface Sizes {
  compressedSize: number;
  uncompressedSize: number;
  localOffset: number;
}

/**
 * Replaces the 0xFFFFFFFF markers in `sizes` from the ZIP64 extra field, which holds, in this order, only the
 * values whose fixed field is the marker (APPNOTE 4.5.3).
 */
export function applyZip64(sizes: Sizes, zip64: Buffer | undefined, withOffset: boolean): string | undefined {
  const wanted: (keyof Sizes)[] = [];
  if (sizes.uncompressedSize === MAX32) wanted.push('uncompressedSize');
  if (sizes.compressedSize === MAX32) wanted.push('compressedSize');
  if (withOffset && sizes.localOffset === MAX32) wanted.push('localOffset');
  if (wanted.length === 0) return undefined;
  if (!zip64) return 'a size is 0xFFFFFFFF but there is no ZIP64 extra field';
  if (zip64.length < wanted.length * 8)
    return 'the ZIP64 extra field is shorter than the values it must hold';
  wanted.forEach((key, i) => {
    sizes[key] = readUInt64(zip64, i * 8);
  });
  return undefined;
}

export interface CentralHeader extends Sizes {
  readonly madeBy: number;
  readonly flags: number;
  readonly method: number;
  readonly crc32: number;
  readonly rawName: Buffer;
  readonly extras: Map<number, Buffer> | string;
  readonly commentLength: number;
  readonly externalAttributes: number;
  readonly disk: number;
  /** Bytes the header takes in the central directory. */
  readonly length: number;
}

/** Decodes the central header at `at`; undefined when the bytes there are not a whole central header. */
export function decodeCentral(buf: Buffer, at: number): CentralHeader | undefined {
  if (at + CENTRAL_SIZE > buf.length || buf.readUInt32LE(at) !== SIG_CENTRAL) return undefined;
  const nameLength = buf.readUInt16LE(at + 28);
  const extraLength = buf.readUInt16LE(at + 30);
  const commentLength = buf.readUInt16LE(at + 32);
  const length = CENTRAL_SIZE + nameLength + extraLength + commentLength;
  if (at + length > buf.length) return undefined;
  const nameStart = at + CENTRAL_SIZE;
  const extras = decodeExtras(buf.subarray(nameStart + nameLength, nameStart + nameLength + extraLength));
  const sizes: Sizes = {
    compressedSize: buf.readUInt32LE(at + 20),
    uncompressedSize: buf.readUInt32LE(at + 24),
    localOffset: buf.readUInt32LE(at + 42),
  };
  const zip64Problem = typeof extras === 'string' ? undefined : applyZip64(sizes, extras.get(0x0001), true);
  // The fields one by one, not `...sizes`: spreading made this function ~40 times slower (20 µs a header, 0.4 s
  // for a 15,000-member wheel).
  return {
    compressedSize: sizes.compressedSize,
    uncompressedSize: sizes.uncompressedSize,
    localOffset: sizes.localOffset,
    madeBy: buf.readUInt16LE(at + 4),
    flags: buf.readUInt16LE(at + 8),
    method: buf.readUInt16LE(at + 10),
    crc32: buf.readUInt32LE(at + 16),
    rawName: Buffer.from(buf.subarray(nameStart, nameStart + nameLength)),
    extras: zip64Problem ?? extras,
    commentLength,
    disk: buf.readUInt16LE(at + 34),
    externalAttributes: buf.readUInt32LE(at + 38),
    length,
  };
}

export interface LocalHeader extends Omit<Sizes, 'localOffset'> {
  readonly flags: number;
  readonly method: number;
  readonly rawName: Buffer;
  /** Bytes from the header's start to the member's data. */
  readonly headerLength: number;
  readonly problem: string | undefined;
}

/** Decodes a local header from `buf` (which starts at the header); a reason when it cannot. */
export function decodeLocal(buf: Buffer): LocalHeader | string {
  if (buf.length < LOCAL_SIZE || buf.readUInt32LE(0) !== SIG_LOCAL)
    return 'no local header at the offset it gives';
  const nameLength = buf.readUInt16LE(26);
  const extraLength = buf.readUInt16LE(28);
  const headerLength = LOCAL_SIZE + nameLength + extraLength;
  if (buf.length < headerLength) return 'its local header runs past the end of the file';
  const extras = decodeExtras(buf.subarray(LOCAL_SIZE + nameLength, headerLength));
  const sizes: Sizes = {
    compressedSize: buf.readUInt32LE(18),
    uncompressedSize: buf.readUInt32LE(22),
    localOffset: 0,
  };
  const problem = typeof extras === 'string' ? extras : applyZip64(sizes, extras.get(0x0001), false);
  return {
    flags: buf.readUInt16LE(6),
    method: buf.readUInt16LE(8),
    compressedSize: sizes.compressedSize,
    uncompressedSize: sizes.uncompressedSize,
    rawName: Buffer.from(buf.subarray(LOCAL_SIZE, LOCAL_SIZE + nameLength)),
    headerLength,
    problem,
  };
}

/** Upper bound of a local header's length: fixed part plus two 16-bit lengths. */
export const MAX_LOCAL_HEADER = LOCAL_SIZE + 2 * MAX16;
