import { type FileHandle, open, rm } from 'node:fs/promises';
import { createDigester, type DigestsWithMd5 } from '@pypi-release/dists';
import { tempName } from './durable-fs';

/** An upload being received: written to a temporary file and hashed as it streams, never held in memory. */
export interface TempUpload {
  readonly path: string;
  /** Bytes written so far. */
  readonly size: number;
  write(chunk: Uint8Array): Promise<void>;
  /** Flushes and syncs the file; returns its digests. */
  finish(): Promise<DigestsWithMd5>;
  /** Closes and removes the file (safe to call at any time, more than once). */
  discard(): Promise<void>;
}

export async function createTempUpload(tmpDir: string): Promise<TempUpload> {
  const path = tempName(tmpDir);
  const handle: FileHandle = await open(path, 'wx');
  const digester = await createDigester({ md5: true });
  let size = 0;
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  return {
    path,
    get size() {
      return size;
    },
    async write(chunk) {
      digester.update(chunk);
      size += chunk.length;
      let offset = 0;
      while (offset < chunk.length) {
        const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
        offset += bytesWritten;
      }
    },
    async finish() {
      await handle.sync();
      await close();
      return digester.digest();
    },
    async discard() {
      await close().catch(() => undefined);
      await rm(path, { force: true });
    },
  };
}
