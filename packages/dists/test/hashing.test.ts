import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { makeTempDir } from '@pypi-release/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDigester, hashFile, THREAD_FROM_BYTES } from '../src/hashing';
import { sha256OnThread } from '../src/sha256-thread';

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir();
});
afterAll(async () => {
  await temp.cleanup();
});

const pattern = (length: number) => Buffer.from(Array.from({ length }, (_, i) => i % 251));

// Computed with /usr/bin/python3: hashlib.blake2b(data, digest_size=32).hexdigest()
const VECTORS: [Buffer, string][] = [
  [Buffer.alloc(0), '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8'],
  [Buffer.from('abc'), 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319'],
  [pattern(1000), 'b372d0608f720c8c3dd41e9c8eecb10143b41abe520b616607e754bf79c08331'],
  [Buffer.alloc(128, 'a'), 'ae2aa48507885c4c950fb809b2076f959cde9f8ea6da260d9a3587df33dac450'],
  [Buffer.alloc(129, 'a'), '2f64744a6de0d2c0b56e64cf6e29a5aaa255010d415d51c75ccc82f73dccd865'],
  [Buffer.alloc(255, 'a'), '177ec7b22a982dd81ec80e0f8fd488bb347952a0876fed488191b6dede62df81'],
  [Buffer.alloc(256, 'a'), 'eae4d3a7627549b383179dc18049964f91a6fed14c9f3fb26705eda3eeda5558'],
];

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
