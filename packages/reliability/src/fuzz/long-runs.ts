import fc from 'fast-check';

/**
 * A line made of a prefix, one character repeated many times, and a suffix: the shape that makes a
 * backtracking regex or a rescanning loop quadratic (`a`, 90,000 spaces, `b`). 90,000 stays under the
 * reStructuredText checker's 100,000-character block limit; 300,000 goes past it.
 */
const FILLERS = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(' ', '\t') },
  { weight: 2, arbitrary: fc.constantFrom('a', '.', '0', '<', '`', '*', '_', ':', '\\', '.0') },
);

export function longRun(prefixes: readonly string[], suffixes: readonly string[]): fc.Arbitrary<string> {
  return fc
    .record({
      prefix: fc.constantFrom(...prefixes),
      filler: FILLERS,
      count: fc.constantFrom(1_000, 90_000, 300_000),
      suffix: fc.constantFrom(...suffixes),
    })
    .map(({ prefix, filler, count, suffix }) => `${prefix}${filler.repeat(count)}${suffix}`);
}
