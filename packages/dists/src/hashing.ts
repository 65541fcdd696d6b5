import { createHash } from 'node:crypto';
import { type FileHandle, open } from 'node:fs/promises';
import { createBLAKE2b, type IHasher } from 'hash-wasm';
import { DistsError } from './errors';
import type { Digests } from './types';

/** Computes every digest PyPI takes over one stream of chunks. */
export interface Digester {
  update(chunk: Uint8Array): void;
  digest(): Digests;
}

/**
 * BLAKE2b-256 is not a truncated BLAKE2b-512 (the digest length is part of the parameter block), and Node's
 * OpenSSL binding cannot set it; hash-wasm's WebAssembly BLAKE2b runs at about 900 MB/s, a JS one at ~70.
 * Each hasher is a WebAssembly instance with its own memory, so finished ones are kept for reuse: making one
 * per file costs more than hashing a small wheel.
 */
const idleBlake2: IHasher[] = [];
const MAX_IDLE = 64;

async function acquireBlake2b256(): Promise<IHasher> {
  const hasher = idleBlake2.pop() ?? (await createBLAKE2b(256));
  hasher.init();
  return hasher;
}

function releaseBlake2b256(hasher: IHasher): void {
  if (idleBlake2.length < MAX_IDLE) idleBlake2.push(hasher);
}

/** A digester for one stream; `digest()` ends it. */
export async function createDigester(): Promise<Digester> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  const blake2 = await acquireBlake2b256();
  let size = 0;
  return {
    update(chunk) {
      size += chunk.length;
      sha256.update(chunk);
      md5.update(chunk);
      blake2.update(chunk);
    },
    digest() {
      return {
        size,
        sha256: sha256.digest('hex'),
        blake2_256: finishBlake2(blake2),
        md5: md5.digest('hex'),
      };
    },
  };
}

/** Hashes a file in one streaming read (constant memory, whatever the file size). */
export async function hashFile(path: string): Promise<Digests> {
  const digester = await createDigester();
  // One buffer, read into again and again: the digests consume each chunk synchronously, so a 1 GiB file costs
  // 1 MiB of memory instead of a thousand 1 MiB buffers waiting for the garbage collector.
  const buffer = Buffer.allocUnsafe(1 << 20);
  let handle: FileHandle | undefined;
  try {
    handle = await open(path, 'r');
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      digester.update(buffer.subarray(0, bytesRead));
    }
  } catch (error) {
    throw ioError(path, error);
  } finally {
    await handle?.close();
  }
  return digester.digest();
}

/** Maps a node I/O error to the library's error: a missing path is the user's, the rest is `unreadable`. */
export function ioError(path: string, error: unknown): DistsError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new DistsError('not-found', `${path}: no such file`, { cause: error });
  const reason = error instanceof Error ? error.message : String(error);
  return new DistsError('unreadable', `${path}: cannot read the file (${reason})`, { cause: error });
}

function finishBlake2(hasher: IHasher): string {
  const hex = hasher.digest('hex');
  releaseBlake2b256(hasher);
  return hex;
}

/** The digests of bytes already in memory. */
export async function hashBuffer(data: Uint8Array): Promise<Digests> {
  const digester = await createDigester();
  digester.update(data);
  return digester.digest();
}
