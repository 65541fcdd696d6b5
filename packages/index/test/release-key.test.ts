import { describe, expect, it } from 'vitest';
import { releaseKey } from '../src/upload/release-key';

describe('release key (packaging canonicalize_version)', () => {
  it.each([
    ['1.0', '1'],
    ['1.0.0', '1'],
    ['1', '1'],
    ['2.10.0', '2.10'],
    ['1.0.post1', '1.post1'],
    ['1.0.0.dev0', '1.dev0'],
    ['1.0rc1', '1rc1'],
    ['0.0', '0'],
    ['1!2.0', '1!2'],
    ['1.0a1.post2.dev3', '1a1.post2.dev3'],
    ['1.01.0', '1.1'],
  ])('%s → %s', (version, key) => {
    expect(releaseKey(version)).toBe(key);
  });

  it('stays linear on a release segment of 40,000 parts', () => {
    const version = `1${'.0'.repeat(40_000)}.post1`;
    const started = performance.now();
    expect(releaseKey(version)).toBe('1.post1');
    // A quadratic scan takes seconds here (2.8 s measured with the regex this replaced); linear is milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
