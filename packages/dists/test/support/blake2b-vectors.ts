/** Inputs and their BLAKE2b-256 digests, shared by hashing.test.ts and blake2b.test.ts. */
export const pattern = (length: number) => Buffer.from(Array.from({ length }, (_, i) => i % 251));

// Computed with /usr/bin/python3: hashlib.blake2b(data, digest_size=32).hexdigest()
export const VECTORS: [Buffer, string][] = [
  [Buffer.alloc(0), '0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8'],
  [Buffer.from('abc'), 'bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319'],
  [pattern(1000), 'b372d0608f720c8c3dd41e9c8eecb10143b41abe520b616607e754bf79c08331'],
  [Buffer.alloc(128, 'a'), 'ae2aa48507885c4c950fb809b2076f959cde9f8ea6da260d9a3587df33dac450'],
  [Buffer.alloc(129, 'a'), '2f64744a6de0d2c0b56e64cf6e29a5aaa255010d415d51c75ccc82f73dccd865'],
  [Buffer.alloc(255, 'a'), '177ec7b22a982dd81ec80e0f8fd488bb347952a0876fed488191b6dede62df81'],
  [Buffer.alloc(256, 'a'), 'eae4d3a7627549b383179dc18049964f91a6fed14c9f3fb26705eda3eeda5558'],
];
