/**
 * BLAKE2b-256 in JavaScript (RFC 7693; unkeyed, 32-byte digest), for small inputs only: a first hash-wasm
 * hasher costs a WebAssembly compilation (~15 ms on Node 20 on this project's VM, more than checking a small
 * wheel), where this one hashes a few KiB in microseconds. At ~100 MB/s it loses to hash-wasm's ~1 GB/s past
 * some tens of KiB, so hashing.ts uses it only below `JS_BLAKE2B_MAX_BYTES`. 64-bit words are pairs of 32-bit
 * halves (low, high) in Uint32Arrays.
 */
export const JS_BLAKE2B_MAX_BYTES = 64 << 10;

/** The initialisation vector (SHA-512's), as low/high halves. */
const IV = new Uint32Array([
  0xf3bcc908, 0x6a09e667, 0x84caa73b, 0xbb67ae85, 0xfe94f82b, 0x3c6ef372, 0x5f1d36f1, 0xa54ff53a, 0xade682d1,
  0x510e527f, 0x2b3e6c1f, 0x9b05688c, 0xfb41bd6b, 0x1f83d9ab, 0x137e2179, 0x5be0cd19,
]);

/** The message schedule of the 12 rounds (rounds 10 and 11 repeat 0 and 1), as offsets of 32-bit halves. */
const SIGMA = new Uint8Array(
  [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
    [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
    [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
    [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
    [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
    [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
    [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
    [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
    [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
    [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
  ]
    .flat()
    .map((word) => word * 2),
);

const BLOCK = 128;
const DIGEST_BYTES = 32;

/** One streaming BLAKE2b-256 computation: `update` any number of times, then `digestHex` once. */
export class Blake2b256 {
  private readonly h = new Uint32Array(16);
  private readonly v = new Uint32Array(32);
  private readonly m = new Uint32Array(32);
  private readonly block = new Uint8Array(BLOCK);
  /** Bytes waiting in `block` (a full block waits too: only the last block is compressed as the last). */
  private filled = 0;
  /** Bytes compressed so far (below 2^53: the counter's high 64 bits stay zero). */
  private counter = 0;

  constructor() {
    this.h.set(IV);
    // The parameter block's first word: digest length, no key, fanout 1, depth 1.
    this.h[0] = (this.h[0] as number) ^ 0x01010000 ^ DIGEST_BYTES;
  }

  update(data: Uint8Array): void {
    let at = 0;
    while (at < data.length) {
      if (this.filled === BLOCK) {
        this.counter += BLOCK;
        this.compress(this.block, 0, false);
        this.filled = 0;
      }
      // Whole blocks straight from the input while more input follows them.
      if (this.filled === 0) {
        while (data.length - at > BLOCK) {
          this.counter += BLOCK;
          this.compress(data, at, false);
          at += BLOCK;
        }
      }
      const take = Math.min(BLOCK - this.filled, data.length - at);
      this.block.set(data.subarray(at, at + take), this.filled);
      this.filled += take;
      at += take;
    }
  }

  digestHex(): string {
    this.counter += this.filled;
    this.block.fill(0, this.filled);
    this.compress(this.block, 0, true);
    let hex = '';
    for (let i = 0; i < DIGEST_BYTES / 4; i++) {
      const word = this.h[i] as number;
      for (let byte = 0; byte < 4; byte++) {
        hex += ((word >>> (8 * byte)) & 0xff).toString(16).padStart(2, '0');
      }
    }
    return hex;
  }

  private compress(bytes: Uint8Array, offset: number, last: boolean): void {
    const { h, v, m } = this;
    for (let i = 0; i < 32; i++) {
      const o = offset + 4 * i;
      m[i] =
        (bytes[o] as number) |
        ((bytes[o + 1] as number) << 8) |
        ((bytes[o + 2] as number) << 16) |
        ((bytes[o + 3] as number) << 24);
    }
    v.set(h);
    v.set(IV, 16);
    v[24] = (v[24] as number) ^ this.counter;
    v[25] = (v[25] as number) ^ Math.floor(this.counter / 0x100000000);
    if (last) {
      v[28] = ~(v[28] as number);
      v[29] = ~(v[29] as number);
    }
    for (let round = 0; round < 12; round++) {
      const s = round * 16;
      mix(v, m, 0, 8, 16, 24, SIGMA[s] as number, SIGMA[s + 1] as number);
      mix(v, m, 2, 10, 18, 26, SIGMA[s + 2] as number, SIGMA[s + 3] as number);
      mix(v, m, 4, 12, 20, 28, SIGMA[s + 4] as number, SIGMA[s + 5] as number);
      mix(v, m, 6, 14, 22, 30, SIGMA[s + 6] as number, SIGMA[s + 7] as number);
      mix(v, m, 0, 10, 20, 30, SIGMA[s + 8] as number, SIGMA[s + 9] as number);
      mix(v, m, 2, 12, 22, 24, SIGMA[s + 10] as number, SIGMA[s + 11] as number);
      mix(v, m, 4, 14, 16, 26, SIGMA[s + 12] as number, SIGMA[s + 13] as number);
      mix(v, m, 6, 8, 18, 28, SIGMA[s + 14] as number, SIGMA[s + 15] as number);
    }
    for (let i = 0; i < 16; i++) h[i] = (h[i] as number) ^ (v[i] as number) ^ (v[i + 16] as number);
  }
}

/**
 * The mixing function G on the words at half-offsets a, b, c, d with message words x, y:
 * a += b + x; d = (d ^ a) >>> 32; c += d; b = (b ^ c) >>> 24; a += b + y; d = (d ^ a) >>> 16; c += d;
 * b = (b ^ c) >>> 63 (rotations right).
 */
function mix(
  v: Uint32Array,
  m: Uint32Array,
  a: number,
  b: number,
  c: number,
  d: number,
  x: number,
  y: number,
) {
  let al = v[a] as number;
  let ah = v[a + 1] as number;
  let bl = v[b] as number;
  let bh = v[b + 1] as number;
  let cl = v[c] as number;
  let ch = v[c + 1] as number;
  let dl = v[d] as number;
  let dh = v[d + 1] as number;
  let sum: number;
  let tl: number;
  let th: number;

  // a += b + m[x]
  sum = al + bl;
  ah = (ah + bh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  al = sum >>> 0;
  sum = al + (m[x] as number);
  ah = (ah + (m[x + 1] as number) + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  al = sum >>> 0;
  // d = rotr(d ^ a, 32)
  tl = dl ^ al;
  th = dh ^ ah;
  dl = th >>> 0;
  dh = tl >>> 0;
  // c += d
  sum = cl + dl;
  ch = (ch + dh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  cl = sum >>> 0;
  // b = rotr(b ^ c, 24)
  tl = bl ^ cl;
  th = bh ^ ch;
  bl = ((tl >>> 24) | (th << 8)) >>> 0;
  bh = ((th >>> 24) | (tl << 8)) >>> 0;
  // a += b + m[y]
  sum = al + bl;
  ah = (ah + bh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  al = sum >>> 0;
  sum = al + (m[y] as number);
  ah = (ah + (m[y + 1] as number) + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  al = sum >>> 0;
  // d = rotr(d ^ a, 16)
  tl = dl ^ al;
  th = dh ^ ah;
  dl = ((tl >>> 16) | (th << 16)) >>> 0;
  dh = ((th >>> 16) | (tl << 16)) >>> 0;
  // c += d
  sum = cl + dl;
  ch = (ch + dh + (sum > 0xffffffff ? 1 : 0)) >>> 0;
  cl = sum >>> 0;
  // b = rotr(b ^ c, 63), that is rotl(b ^ c, 1)
  tl = bl ^ cl;
  th = bh ^ ch;
  bl = ((tl << 1) | (th >>> 31)) >>> 0;
  bh = ((th << 1) | (tl >>> 31)) >>> 0;

  v[a] = al;
  v[a + 1] = ah;
  v[b] = bl;
  v[b + 1] = bh;
  v[c] = cl;
  v[c + 1] = ch;
  v[d] = dl;
  v[d + 1] = dh;
}
