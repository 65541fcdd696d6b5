import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SIMPLE_ASCII_NAME, SIMPLE_NAME } from '../src/inline';

describe('reference names in ASCII text', () => {
  it('has the same letters and digits as \\p{L} and \\p{N}, for every ASCII character', () => {
    for (let code = 0; code < 0x80; code++) {
      const ch = String.fromCharCode(code);
      expect(/^[A-Za-z0-9]$/.test(ch), `U+${code.toString(16)}`).toBe(/^[\p{L}\p{N}]$/u.test(ch));
    }
  });

  it('matches what the Unicode pattern matches (property)', () => {
    const ascii = fc.string({
      unit: fc.constantFrom(...'aZ09-._+:_ `*\t\n!~'),
      maxLength: 40,
    });
    fc.assert(
      fc.property(ascii, (text) => {
        expect(SIMPLE_ASCII_NAME.exec(text)?.[0]).toBe(SIMPLE_NAME.exec(text)?.[0]);
      }),
      { numRuns: 1000 },
    );
  });
});
