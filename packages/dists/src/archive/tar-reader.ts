import { decodeUtf8 } from './member-paths';
import { parsePax } from './tar-pax';

/** One tar member, with GNU long names and pax attributes already applied. */
export interface TarEntry {
  readonly name: string;
  /** The ustar type flag: `0` file, `1` hard link, `2` symlink, `3`/`4` devices, `5` directory, `6` FIFO… */
  readonly type: string;
  readonly linkName: string;
  readonly size: number;
  readonly sparse: boolean;
}

const BLOCK = 512;
/** Pax and GNU long-name headers are read into memory; real ones are a few hundred bytes. */
export const MAX_META_HEADER = 1 << 20;
/** Types whose size field counts data blocks that follow (Python's tarfile skips data only for these). */
const HAS_DATA = new Set(['0', '\0', '7', 'S']);
const META = new Set(['x', 'g', 'L', 'K']);

type Mode =
  | { kind: 'header' }
  | { kind: 'meta'; type: string; size: number }
  | { kind: 'data'; entry: TarEntry; left: number; padding: number; capture: Buffer[] | undefined }
  | { kind: 'done' };

/**
 * A push parser for tar streams (ustar, GNU and pax). Feed decompressed chunks to `write`; it calls
 * `onEntry` for each member and, when that returns true, `onData` once with the member's whole body.
 * Errors stop parsing and land in `error`; the parser never throws on bad input.
 */
export class TarParser {
  error: string | undefined;
  /** True once the end-of-archive block was seen (or parsing was stopped). */
  ended = false;
  private mode: Mode = { kind: 'header' };
  private pending: Buffer[] = [];
  private pendingLength = 0;
  private longName: string | undefined;
  private longLink: string | undefined;
  private pax: Map<string, string> = new Map();
  private readonly globalPax = new Map<string, string>();

  constructor(
    private readonly onEntry: (entry: TarEntry) => boolean,
    private readonly onData: (entry: TarEntry, data: Buffer) => void,
  ) {}

  write(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length && !this.ended) {
      const mode = this.mode;
      if (mode.kind === 'data') {
        const take = Math.min(mode.left + mode.padding, chunk.length - at);
        const body = Math.min(take, mode.left);
        if (mode.capture && body > 0) mode.capture.push(Buffer.from(chunk.subarray(at, at + body)));
        mode.left -= body;
        mode.padding -= take - body;
        at += take;
        if (mode.left === 0 && mode.padding === 0) this.finishData(mode);
        continue;
      }
      const want = mode.kind === 'header' ? BLOCK : padded(mode.kind === 'meta' ? mode.size : 0);
      const take = Math.min(want - this.pendingLength, chunk.length - at);
      this.pending.push(chunk.subarray(at, at + take));
      this.pendingLength += take;
      at += take;
      if (this.pendingLength < want) break;
      const block = Buffer.concat(this.pending, this.pendingLength);
      this.pending = [];
      this.pendingLength = 0;
      if (mode.kind === 'header') this.header(block);
      else if (mode.kind === 'meta') this.meta(mode, block.subarray(0, mode.size));
    }
  }

  /** Call at the end of input: a member cut short is a truncated archive. */
  end(): void {
    if (this.ended || this.error) return;
    const midHeader = this.mode.kind === 'header' && this.pendingLength > 0;
    if (midHeader || this.mode.kind !== 'header') this.fail('the archive is truncated');
    this.ended = true;
  }

  stop(): void {
    this.ended = true;
  }

  private fail(reason: string): void {
    this.error ??= reason;
    this.ended = true;
  }

  private header(block: Buffer): void {
    if (block.every((byte) => byte === 0)) {
      this.ended = true; // end-of-archive marker; like Python's tarfile, stop at the first zero block
      return;
    }
    if (!checksumMatches(block)) {
      this.fail('a tar header has a bad checksum');
      return;
    }
    const type = String.fromCharCode(block[156]!);
    const size = parseNumber(block.subarray(124, 136));
    if (size === undefined) {
      this.fail('a tar header has an invalid size field');
      return;
    }
    if (META.has(type)) {
      if (size > MAX_META_HEADER) {
        this.fail(`a ${type} extension header claims ${size} bytes`);
        return;
      }
      if (size === 0) {
        this.meta({ type, size }, Buffer.alloc(0));
        return;
      }
      this.mode = { kind: 'meta', type, size };
      return;
    }
    const ustar = block.subarray(257, 263).toString('latin1') === 'ustar\0';
    const prefix = ustar ? cString(block.subarray(345, 500)) : '';
    const attrs = new Map([...this.globalPax, ...this.pax]);
    const headerName = prefix
      ? `${prefix}/${cString(block.subarray(0, 100))}`
      : cString(block.subarray(0, 100));
    const name = attrs.get('path') ?? this.longName ?? headerName;
    const linkName = attrs.get('linkpath') ?? this.longLink ?? cString(block.subarray(157, 257));
    const paxSize = attrs.has('size') ? Number(attrs.get('size')) : size;
    if (!Number.isSafeInteger(paxSize) || paxSize < 0) {
      this.fail('a pax header has an invalid size');
      return;
    }
    const sparse = type === 'S' || [...attrs.keys()].some((key) => key.startsWith('GNU.sparse.'));
    this.longName = undefined;
    this.longLink = undefined;
    this.pax = new Map();
    const dataSize = HAS_DATA.has(type) || !/^[0-7]$/.test(type) ? paxSize : 0;
    const entry: TarEntry = { name, type, linkName, size: dataSize, sparse };
    const capture = this.onEntry(entry) ? [] : undefined;
    if (this.ended) return; // the listener stopped us (member limit)
    this.mode = { kind: 'data', entry, left: dataSize, padding: padded(dataSize) - dataSize, capture };
    if (dataSize === 0) this.finishData(this.mode);
  }

  private meta(mode: { type: string; size: number }, body: Buffer): void {
    this.mode = { kind: 'header' };
    if (mode.type === 'L') this.longName = cString(body);
    else if (mode.type === 'K') this.longLink = cString(body);
    else {
      const parsed = parsePax(body);
      if (typeof parsed === 'string') {
        this.fail(parsed);
        return;
      }
      const target = mode.type === 'g' ? this.globalPax : this.pax;
      for (const [key, value] of parsed) target.set(key, value);
    }
  }

  private finishData(mode: Extract<Mode, { kind: 'data' }>): void {
    this.mode = { kind: 'header' };
    if (mode.capture) this.onData(mode.entry, Buffer.concat(mode.capture));
  }
}

function padded(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** A NUL-terminated field as UTF-8 (what pax and modern tars write; Python decodes the same way). */
function cString(field: Buffer): string {
  const end = field.indexOf(0);
  return decodeUtf8(end < 0 ? field : field.subarray(0, end)).text;
}

/** Octal (NUL/space padded) or, when the high bit of the first byte is set, GNU base-256. */
export function parseNumber(field: Buffer): number | undefined {
  if (field[0]! & 0x80) {
    if (field[0] === 0xff) return undefined; // negative
    let value = field[0]! & 0x7f;
    for (const byte of field.subarray(1)) value = value * 256 + byte;
    return Number.isSafeInteger(value) ? value : undefined;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^ +/, '');
  if (text === '') return 0;
  return /^[0-7]+$/.test(text) ? Number.parseInt(text, 8) : undefined;
}

/** The header checksum (bytes 148–155 counted as spaces), unsigned or, for old tars, signed. */
function checksumMatches(block: Buffer): boolean {
  const stored = parseNumber(block.subarray(148, 156));
  if (stored === undefined) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}
