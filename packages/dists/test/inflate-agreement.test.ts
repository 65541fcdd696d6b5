import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { inflateSync } from 'fflate/browser';
import { describe, expect, it } from 'vitest';

/**
 * zip-member.ts inflates a process's first small members with node:zlib and hands every stream zlib refuses to
 * fflate, so that outcomes stay fflate's. That holds only if, wherever zlib (bounded to the declared size + 1)
 * inflates a stream, fflate (bounded the same way) inflates it without error to the same bytes.
 */
function agree(stream: Uint8Array, declared: number): void {
  let viaZlib: Buffer;
  try {
    viaZlib = inflateRawSync(stream, { maxOutputLength: declared + 1 });
  } catch {
    return; // fflate decides, as before
  }
  const viaFflate = inflateSync(stream, { out: new Uint8Array(declared + 1) });
  expect(Buffer.from(viaFflate).equals(viaZlib)).toBe(true);
}

const text = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ maxLength: 2000 }).map((s) => new TextEncoder().encode(s.repeat(3))),
);

describe('node:zlib and fflate on small deflated members', () => {
  it('agree on valid streams, whatever the declared size', () => {
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: -50, max: 50 }),
        fc.integer({ min: 0, max: 9 }),
        (data, off, level) => {
          agree(deflateRawSync(data, { level }), Math.max(0, data.length + off));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agree on corrupted, truncated and extended streams', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
        fc.nat(),
        fc.uint8Array({ maxLength: 8 }),
        (data, flips, cut, tail) => {
          const stream = Buffer.from(deflateRawSync(data));
          for (const [at, mask] of flips)
            stream[at % stream.length] = (stream[at % stream.length] ?? 0) ^ mask;
          const truncated = stream.subarray(0, stream.length - (cut % (stream.length + 1)));
          agree(Buffer.concat([truncated, tail]), data.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('agree on random bytes taken as a stream', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat({ max: 5000 }),
        (bytes, declared) => {
          agree(bytes, declared);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
