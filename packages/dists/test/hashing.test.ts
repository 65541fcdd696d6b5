import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { makeTempDir } from '@pypi-release/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigester, hashFile, THREAD_FROM_BYTES } from '../src/hashing';
import { sha256OnThread } from '../src/sha256-thread';
import { pattern, VECTORS } from './support/blake2b-vectors';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.cleanup();
});

async function blake2(parts: Uint8Array[]): Promise<string> {
  const digester = await createDigester();
  for (const part of parts) digester.update(part);
  return digester.digest().blake2_256;
}

describe('blake2b-256', () => {
  it.each(VECTORS)('matches Python for a %#th input', async (data, digest) => {
    expect(await blake2([data])).toBe(digest);
  });

  it('gives the same digest however the input is split', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 700 }), fc.array(fc.nat(700)), async (bytes, cuts) => {
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const parts: Uint8Array[] = [];
        let last = 0;
        for (const point of [...points, bytes.length]) {
          parts.push(bytes.subarray(last, point));
          last = point;
        }
        expect(await blake2(parts)).toBe(await blake2([bytes]));
      }),
      { numRuns: 50 },
    );
  });

  it('keeps concurrent digesters apart', async () => {
    const [a, b] = await Promise.all([createDigester(), createDigester()]);
    a.update(Buffer.from('abc'));
    b.update(Buffer.alloc(128, 'a'));
    expect(a.digest().blake2_256).toBe(VECTORS[1]![1]);
    expect(b.digest().blake2_256).toBe(VECTORS[3]![1]);
  });
});

describe('hashing', () => {
  it('hashes a file in one pass with the digests Python computes, and no md5', async () => {
    const path = await temp.write('data.bin', pattern(300_000));
    expect(await hashFile(path)).toEqual({
      size: 300_000,
      sha256: '3c65ea93424a9c362fec0e3a69ea36031e8a358441479dd665cc6110eabe7b08',
      blake2_256: '3611f96ae91e0b1f73c74d3f9872224ea54a4e7772d4949c230f59fe8f1ba194',
    });
  });

  it('adds md5 when asked (an index stores it)', async () => {
    const digester = await createDigester({ md5: true });
    digester.update(pattern(300_000));
    expect(digester.digest()).toMatchObject({
      sha256: '3c65ea93424a9c362fec0e3a69ea36031e8a358441479dd665cc6110eabe7b08',
      md5: '34fadf2975834e9a357ec41d3e6df067',
    });
  });

  it('hashes files of several read chunks, ending anywhere in a chunk', async () => {
    for (const size of [(1 << 20) - 1, 1 << 20, (1 << 20) + 1, 3 * (1 << 20) + 12_345]) {
      const data = Buffer.from(Array.from({ length: size }, (_, i) => (i * 2654435761) >>> 24));
      const path = await temp.write(`chunks-${size}.bin`, data);
      const whole = await createDigester();
      whole.update(data);
      expect(await hashFile(path)).toEqual(whole.digest());
      expect((await hashFile(path)).sha256).toBe(createHash('sha256').update(data).digest('hex'));
    }
  });

  it('computes SHA-256 of a large file on another thread, with the same digests', async () => {
    const size = THREAD_FROM_BYTES + 54_321;
    const data = Buffer.alloc(size);
    for (let i = 0; i < size; i += 4096) data.writeUInt32LE((i * 2654435761) >>> 0, i);
    const path = await temp.write('large.bin', data);
    const inOne = await createDigester();
    inOne.update(data);
    expect(await hashFile(path)).toEqual({
      ...inOne.digest(),
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    expect(await sha256OnThread(path)).toEqual({
      size,
      sha256: createHash('sha256').update(data).digest('hex'),
    });
    // More large files at once than there are spare cores: the rest hash SHA-256 on this thread, same digests.
    const expected = await hashFile(path);
    expect(await Promise.all([hashFile(path), hashFile(path), hashFile(path)])).toEqual([
      expected,
      expected,
      expected,
    ]);
  });

  it('rejects with the I/O error code when the thread cannot read the file', async () => {
    await expect(sha256OnThread(join(temp.dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('lets streaming callers reuse the digester', async () => {
    const digester = await createDigester();
    digester.update(Buffer.from('ab'));
    digester.update(Buffer.from('c'));
    expect(digester.digest()).toMatchObject({ size: 3, blake2_256: VECTORS[1]![1] });
  });

  it('throws not-found for a missing file', async () => {
    await expect(hashFile(join(temp.dir, 'missing'))).rejects.toMatchObject({
      name: 'DistsError',
      code: 'not-found',
    });
  });

  it('throws unreadable for a directory', async () => {
    await expect(hashFile(temp.dir)).rejects.toMatchObject({ name: 'DistsError', code: 'unreadable' });
  });
});
