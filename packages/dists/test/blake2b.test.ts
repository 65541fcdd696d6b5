import fc from 'fast-check';
import { createBLAKE2b } from 'hash-wasm';
import { describe, expect, it } from 'vitest';
import { Blake2b256, JS_BLAKE2B_MAX_BYTES } from '../src/blake2b';
import { hashBuffer } from '../src/hashing';
import { pattern, VECTORS } from './support/blake2b-vectors';

function jsDigest(parts: readonly Uint8Array[]): string {
  const hasher = new Blake2b256();
  for (const part of parts) hasher.update(part);
  return hasher.digestHex();
}

describe('blake2b-256 in JavaScript', () => {
  it.each(VECTORS)('matches Python for a %#th input', (data, digest) => {
    expect(jsDigest([data])).toBe(digest);
  });

  it('matches hash-wasm on every input length across block boundaries, in one piece', async () => {
    const wasm = await createBLAKE2b(256);
    for (let length = 0; length <= 3 * 128 + 1; length++) {
      const data = pattern(length);
      wasm.init();
      wasm.update(data);
      expect(jsDigest([data]), `length ${length}`).toBe(wasm.digest('hex'));
    }
  });

  it('matches hash-wasm whatever the chunking (property)', async () => {
    const wasm = await createBLAKE2b(256);
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }), (parts) => {
        wasm.init();
        for (const part of parts) wasm.update(part);
        expect(jsDigest(parts)).toBe(wasm.digest('hex'));
      }),
      { numRuns: 300 },
    );
  });

  it('gives hashBuffer the same digest as hash-wasm for a small buffer', async () => {
    const data = pattern(JS_BLAKE2B_MAX_BYTES);
    const wasm = await createBLAKE2b(256);
    wasm.init();
    wasm.update(data);
    expect((await hashBuffer(data)).blake2_256).toBe(wasm.digest('hex'));
  });
});
