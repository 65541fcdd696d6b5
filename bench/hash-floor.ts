/**
 * The physical floor of `check` on large wheels (issue 16): every byte hashed once with the two digests PyPI
 * verifies, SHA-256 (node:crypto, OpenSSL) and BLAKE2b-256 (hash-wasm: Node's OpenSSL cannot give BLAKE2b a
 * 32-byte digest), in one streaming read per file, and nothing else. Written apart from packages/dists so that
 * the floor does not move with our code. The read is double-buffered (the next chunk is read by libuv's thread
 * while this one is hashed), so the floor is as fast as this machine allows, not slowed by waiting for reads.
 *
 * Usage: node hash-floor.mjs <file>...   Prints one JSON line: bytes hashed, peak RSS, and each file's digests.
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createBLAKE2b } from 'hash-wasm';

const CHUNK = 1 << 20;

async function hashOne(path: string): Promise<{ size: number; sha256: string; blake2_256: string }> {
  const sha256 = createHash('sha256');
  const blake2 = await createBLAKE2b(256);
  const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)] as const;
  const handle = await open(path, 'r');
  let size = 0;
  try {
    let pending = handle.read(buffers[0], 0, CHUNK, 0);
    for (let turn = 0; ; turn++) {
      const { bytesRead } = await pending;
      if (bytesRead === 0) break;
      const chunk = buffers[turn % 2]!.subarray(0, bytesRead);
      size += bytesRead;
      pending = handle.read(buffers[(turn + 1) % 2]!, 0, CHUNK, size);
      sha256.update(chunk);
      blake2.update(chunk);
    }
  } finally {
    await handle.close();
  }
  return { size, sha256: sha256.digest('hex'), blake2_256: blake2.digest('hex') };
}

const files = [];
for (const path of process.argv.slice(2)) files.push({ path, ...(await hashOne(path)) });
process.stdout.write(
  `${JSON.stringify({
    bytes: files.reduce((sum, f) => sum + f.size, 0),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
    files,
  })}\n`,
);
