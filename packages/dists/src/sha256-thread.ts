import { Worker } from 'node:worker_threads';

/**
 * SHA-256 of a file computed on a thread of its own, which reads the file itself (a second read, from the page
 * cache, costs a memory copy; sharing the chunks would cost a synchronised ring). The thread's source is a string
 * (`eval`), so it needs no file of its own in any bundle (the CLI's esbuild bundle, the actions' bundles): it uses
 * only Node's built-ins. Rejects with the I/O error's code and message.
 */
const SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { closeSync, openSync, readSync } = require('node:fs');
let fd;
try {
  fd = openSync(workerData.path, 'r');
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(${1 << 20});
  let size = 0;
  for (;;) {
    const read = readSync(fd, buffer, 0, buffer.length, size);
    if (read === 0) break;
    size += read;
    hash.update(buffer.subarray(0, read));
  }
  parentPort.postMessage({ size, sha256: hash.digest('hex') });
} catch (error) {
  parentPort.postMessage({ error: { code: error && error.code, message: String(error && error.message) } });
} finally {
  if (fd !== undefined) closeSync(fd);
}
`;

export interface ThreadDigest {
  readonly size: number;
  readonly sha256: string;
}

export function sha256OnThread(path: string): Promise<ThreadDigest> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SOURCE, {
      eval: true,
      workerData: { path },
      // The thread holds one 1 MiB buffer: a small heap keeps the process's peak RSS down.
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
    });
    let settled = false;
    worker.once('message', (message: ThreadDigest | { error: { code?: string; message: string } }) => {
      settled = true;
      if ('error' in message) {
        reject(Object.assign(new Error(message.error.message), { code: message.error.code }));
      } else resolve(message);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the SHA-256 thread stopped (exit code ${code}) before it finished`));
    });
  });
}
