import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { decodeUtf8, showName, unsafePathReason } from './archive/member-paths';
import { type TarEntry, TarParser } from './archive/tar-reader';
import { MAX_TEXT_MEMBER } from './archive/zip-member';
import { MAX_MEMBERS } from './archive/zip-reader';
import { ioError } from './hashing';
import { ProblemSink } from './problem-sink';
import { checkTopLevel, stripDot } from './sdist-layout';
import type { ArchiveContents } from './types';

/** Past this many decompressed bytes, and 100 times the file size, a tar stream is treated as a bomb. */
const MAX_TAR_BYTES = 8 * 1024 ** 3;
const MAX_TAR_RATIO = 100;

/**
 * Reads an sdist in one streaming pass (gzip, then tar): checks the container and every member's header,
 * keeps only `<top>/PKG-INFO` in memory. `expected` is the escaped name and version from the filename.
 * Defects become problems; throws `DistsError` only when the file cannot be read.
 */
export async function inspectSdist(
  path: string,
  filename: string,
  expected?: { name: string; version: string },
): Promise<ArchiveContents> {
  const problems = new ProblemSink(filename);
  const members: string[] = [];
  const size = await checkGzipMagic(path, problems);
  if (size === undefined) return { problems: problems.problems(), members };

  const pkgInfos = new Map<string, Buffer>();
  const entries: TarEntry[] = [];
  const parser = new TarParser(
    (entry) => {
      if (members.length >= MAX_MEMBERS) {
        problems.add('archive-too-many-members', `the archive holds more than ${MAX_MEMBERS} members`);
        parser.stop();
        return false;
      }
      members.push(entry.name);
      entries.push(entry);
      checkMember(entry, problems);
      return wantsPkgInfo(entry, problems);
    },
    (entry, data) => {
      if (!pkgInfos.has(stripDot(entry.name))) pkgInfos.set(stripDot(entry.name), data);
    },
  );
  const whole = await readTar(path, size, parser, problems);
  // A gunzip stream that fails (bad CRC, trailing garbage) is destroyed with its last output still unread, so a
  // small sdist yields no member at all: its layout cannot be judged ("no top-level directory" would be false).
  if (!whole && entries.length === 0) return { problems: problems.problems(), members };

  const topDir = checkTopLevel(entries, expected, problems);
  const contents = { problems: [], members, ...(topDir === undefined ? {} : { sdist: { topDir } }) };
  if (topDir === undefined) return { ...contents, problems: problems.problems() };
  const pkgInfo = pkgInfos.get(`${topDir}/PKG-INFO`);
  if (!pkgInfo) {
    if (!problems.has('archive-member-too-large') && !parser.error && whole) {
      problems.add('sdist-pkg-info-missing', `${topDir}/PKG-INFO is missing`);
    }
    return { ...contents, problems: problems.problems() };
  }
  const { text, valid } = decodeUtf8(pkgInfo);
  if (!valid) problems.add('metadata-encoding', `${topDir}/PKG-INFO is not valid UTF-8`);
  return { ...contents, problems: problems.problems(), metadataText: text };
}

/** The file's size when it starts like gzip; otherwise reports why not and returns undefined. */
async function checkGzipMagic(path: string, problems: ProblemSink): Promise<number | undefined> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    if (size === 0) problems.add('empty-file', 'the file is empty (0 bytes)');
    else if (head[0] !== 0x1f || head[1] !== 0x8b)
      problems.add('sdist-not-gzip', 'the file is not gzip-compressed');
    else return size;
    return undefined;
  } catch (error) {
    throw ioError(path, error);
  } finally {
    await handle?.close();
  }
}

/**
 * Streams file → gunzip → tar parser, turning gzip and tar failures into problems. True when the whole gzip
 * stream reached the parser (false when it was corrupt or too large: the members seen are then a prefix).
 */
async function readTar(
  path: string,
  size: number,
  parser: TarParser,
  problems: ProblemSink,
): Promise<boolean> {
  const source = createReadStream(path, { highWaterMark: 1 << 20 });
  let sourceError: unknown;
  source.on('error', (error) => {
    sourceError = error;
  });
  const gunzip = createGunzip();
  let total = 0;
  let tooLarge = false;
  let gzipEnded = false;
  try {
    await pipeline(source, gunzip, async (chunks: AsyncIterable<Buffer>) => {
      for await (const chunk of chunks) {
        total += chunk.length;
        if (total > MAX_TAR_BYTES && total > MAX_TAR_RATIO * size) {
          tooLarge = true;
          parser.stop();
          return; // ends the pipeline early; the rest of the file is left unread
        }
        // After the end-of-archive block, decompression continues so the gzip CRC is still checked.
        if (!parser.ended) parser.write(chunk);
      }
      gzipEnded = true;
    });
  } catch (error) {
    if (sourceError !== undefined) throw ioError(path, sourceError);
    if (tooLarge) return reportTooLarge(problems);
    // zlib stops at bytes that cannot start another gzip member and the pipeline reports the unread rest.
    if (!gzipEnded) {
      const message = error instanceof Error ? error.message : String(error);
      problems.add('sdist-gzip-corrupt', `the gzip stream is corrupt (${message})`);
    }
  }
  if (tooLarge) return reportTooLarge(problems);
  if (gzipEnded && gunzip.bytesWritten < size) await checkTrailing(path, gunzip.bytesWritten, size, problems);
  parser.end();
  if (parser.error) problems.add('sdist-tar-invalid', parser.error);
  return gzipEnded;
}

/** Python's gzip reader skips zero padding after the last member; anything else is garbage. */
async function checkTrailing(path: string, from: number, size: number, problems: ProblemSink): Promise<void> {
  const length = size - from;
  let padding = false;
  if (length <= 1 << 16) {
    const handle = await open(path, 'r').catch((error: unknown) => {
      throw ioError(path, error);
    });
    try {
      const tail = Buffer.alloc(length);
      await handle.read(tail, 0, length, from);
      padding = tail.every((byte) => byte === 0);
    } finally {
      await handle.close();
    }
  }
  if (!padding) problems.add('sdist-gzip-corrupt', `${length} bytes of garbage follow the gzip stream`);
}

function reportTooLarge(problems: ProblemSink): false {
  problems.add('sdist-too-large', `the tar stream exceeds ${MAX_TAR_BYTES} bytes; the rest was not checked`);
  return false;
}

/** The per-member rules: unsafe paths, special files, sparse members. */
function checkMember(entry: TarEntry, problems: ProblemSink): void {
  const shown = showName(entry.name);
  const unsafe = unsafePathReason(entry.name, { backslash: false });
  if (unsafe) problems.add('sdist-path-traversal', `member ${shown} ${unsafe}`);
  if (entry.type === '3' || entry.type === '4')
    problems.add('sdist-special-member', `member ${shown} is a device`);
  if (entry.type === '6') problems.add('sdist-special-member', `member ${shown} is a FIFO`);
  if (entry.sparse) problems.add('sdist-sparse-member', `member ${shown} is a sparse file`);
}

/** Keeps the body of each `<top>/PKG-INFO` file, unless it is too large to hold. */
function wantsPkgInfo(entry: TarEntry, problems: ProblemSink): boolean {
  if (!/^[^/]+\/PKG-INFO$/.test(stripDot(entry.name)) || !['0', '\0', '7'].includes(entry.type)) return false;
  if (entry.size > MAX_TEXT_MEMBER) {
    problems.add('archive-member-too-large', `member ${showName(entry.name)} is ${entry.size} bytes`);
    return false;
  }
  return true;
}
