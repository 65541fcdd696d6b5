import { createHash, type Hash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { createBLAKE2b, type IHasher } from 'hash-wasm';
import { Blake2b256, JS_BLAKE2B_MAX_BYTES } from './blake2b';
import { DistsError } from './errors';
import type { ThreadDigest } from './sha256-thread';
import type { Digests, DigestsWithMd5 } from './types';

/** Computes every digest PyPI takes over one stream of chunks. */
export interface Digester<D extends Digests = Digests> {
  update(chunk: Uint8Array): void;
  digest(): D;
}

/**
 * BLAKE2b-256 is not a truncated BLAKE2b-512 (the digest length is part of the parameter block), and Node's
 * OpenSSL binding cannot set it; hash-wasm's WebAssembly BLAKE2b runs at about 1 GB/s, a JS one at ~70 MB/s.
 * Each hasher is a WebAssembly instance with its own memory, so finished ones are kept for reuse: making one
 * per file costs more than hashing a small wheel.
 */
const idleBlake2: IHasher[] = [];
const MAX_IDLE = 64;
/** Whether a hash-wasm hasher was ever made: its WebAssembly module is then compiled, and a new one is cheap. */
let wasmCompiled = false;

interface Blake2 {
  update(chunk: Uint8Array): void;
  digestHex(): string;
}

/**
 * A BLAKE2b-256 hasher for an input of `size` bytes when known. Until the WebAssembly module has been compiled
 * once, a small input is hashed in JavaScript (blake2b.ts): a process that checks one small wheel never pays
 * for the compilation. Both compute the same digest.
 */
async function acquireBlake2b256(size: number | undefined): Promise<Blake2> {
  if (!wasmCompiled && size !== undefined && size <= JS_BLAKE2B_MAX_BYTES) return new Blake2b256();
  const hasher = idleBlake2.pop() ?? (await createBLAKE2b(256));
  wasmCompiled = true;
  hasher.init();
  return {
    update: (chunk) => hasher.update(chunk),
    digestHex: () => {
      const hex = hasher.digest('hex');
      releaseBlake2b256(hasher);
      return hex;
    },
  };
}

function releaseBlake2b256(hasher: IHasher): void {
  if (idleBlake2.length < MAX_IDLE) idleBlake2.push(hasher);
}

/**
 * A digester for one stream; `digest()` ends it. SHA-256 and BLAKE2b-256 always; md5 only when asked (an index
 * stores it): at ~740 MB/s it would cost almost as much as the two others together.
 */
export async function createDigester(): Promise<Digester>;
export async function createDigester(options: { md5: true }): Promise<Digester<DigestsWithMd5>>;
/** `sha256: false` (internal): another thread computes it, and `sha256` is left empty here. */
/** `size` (internal): the number of bytes that will be hashed, when known (a small input may be hashed in JS). */
export async function createDigester(options: { sha256?: boolean; size?: number }): Promise<Digester>;
export async function createDigester(
  options: { md5?: boolean; sha256?: boolean; size?: number } = {},
): Promise<Digester<Digests>> {
  const sha256 = options.sha256 === false ? undefined : createHash('sha256');
  const md5: Hash | undefined = options.md5 ? createHash('md5') : undefined;
  const blake2 = await acquireBlake2b256(options.size);
  let size = 0;
  return {
    update(chunk) {
      size += chunk.length;
      sha256?.update(chunk);
      md5?.update(chunk);
      blake2.update(chunk);
    },
    digest() {
      const digests = { size, sha256: sha256?.digest('hex') ?? '', blake2_256: blake2.digestHex() };
      return md5 ? { ...digests, md5: md5.digest('hex') } : digests;
    },
  };
}

const CHUNK = 1 << 20;
/** From this size on, SHA-256 runs on a thread of its own: starting one (~20 ms) is then a small price. */
export const THREAD_FROM_BYTES = 32 << 20;

/**
 * Hashes a file in one streaming read (constant memory, whatever the file size). Two 1 MiB buffers, read into
 * again and again: while one chunk is hashed on this thread, libuv's reads the next into the other, so hashing
 * never waits for the disk or the page cache, and a 1 GiB file costs 2 MiB instead of a thousand buffers left to
 * the garbage collector. A large file has its SHA-256 computed on another thread meanwhile (sha256-thread.ts):
 * on two cores the check of a large wheel then takes about as long as its BLAKE2b-256 alone, and this thread
 * stays free for the archive's checks. Both reads must see the same number of bytes.
 */
export async function hashFile(path: string): Promise<Digests> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    const threaded = size >= THREAD_FROM_BYTES && (await threadAvailable()) ? onThread(path) : undefined;
    // Settled here, so that a failure of the read below does not leave a rejection unobserved.
    threaded?.catch(() => undefined);
    const digester = await createDigester({ sha256: threaded === undefined, size });
    await streamInto(handle, digester);
    const digests = digester.digest();
    if (!threaded) return digests;
    const other = await threaded;
    if (other.size !== digests.size) {
      throw new Error(`the file changed while it was read (${other.size} bytes, then ${digests.size})`);
    }
    return { ...digests, sha256: other.sha256 };
  } catch (error) {
    throw error instanceof DistsError ? error : ioError(path, error);
  } finally {
    await handle?.close();
  }
}

/**
 * SHA-256 threads at once: one per core beyond this one. A release of many large wheels (checked 8 at a time)
 * hashes the rest of them here, so the threads neither outnumber the cores nor add their memory eight times.
 */
let maxThreads: number | undefined;
let threadsBusy = 0;

/** node:os is loaded with the first large file (a check of small ones never needs it). */
async function threadAvailable(): Promise<boolean> {
  maxThreads ??= Math.max(1, (await import('node:os')).availableParallelism() - 1);
  return threadsBusy < maxThreads;
}

/** sha256-thread.ts (and node:worker_threads) is loaded with the first large file: a small one never needs it. */
function onThread(path: string): Promise<ThreadDigest> {
  threadsBusy++;
  return import('./sha256-thread')
    .then(({ sha256OnThread }) => sha256OnThread(path))
    .finally(() => {
      threadsBusy--;
    });
}

/**
 * Finished files' read buffers, kept for the next file: memory the process has not touched yet costs a page fault
 * per 4 KiB on first use (on this project's VM about as long as hashing the page), so fresh buffers for each of a
 * release's files made its pre-flight twice as slow as hashing (31 files of 1 MiB: 83 ms of SHA-256 instead of 19).
 * At most as many pairs as files hashed at once (check-set's concurrency) are kept.
 */
const idleBuffers: (readonly [Buffer, Buffer])[] = [];
const MAX_IDLE_BUFFERS = 8;

async function streamInto(handle: FileHandle, digester: Digester): Promise<void> {
  const buffers =
    idleBuffers.pop() ?? ([Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)] as const);
  let position = 0;
  let pending = handle.read(buffers[0], 0, CHUNK, position);
  for (let turn = 0; ; turn++) {
    const { bytesRead } = await pending;
    if (bytesRead === 0) break;
    position += bytesRead;
    // The next read fills the other buffer while this one is hashed.
    pending = handle.read(buffers[(turn + 1) % 2]!, 0, CHUNK, position);
    digester.update(buffers[turn % 2]!.subarray(0, bytesRead));
  }
  // Only a pair whose reads have all ended is reused (after a failure, a read may still be filling one).
  if (idleBuffers.length < MAX_IDLE_BUFFERS) idleBuffers.push(buffers);
}

/** Maps a node I/O error to the library's error: a missing path is the user's, the rest is `unreadable`. */
export function ioError(path: string, error: unknown): DistsError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new DistsError('not-found', `${path}: no such file`, { cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new DistsError('unreadable', `${path}: cannot read the file (${reason})`, { cause: error });
}

/** The digests of bytes already in memory. */
export async function hashBuffer(data: Uint8Array): Promise<Digests> {
  const digester = await createDigester({ size: data.length });
  digester.update(data);
  return digester.digest();
}
