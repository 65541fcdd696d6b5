import { describe, expect, it } from 'vitest';
import { normalizeVersion } from '../src/names';
import { checkFilename } from '../src/rules/filename-rules';

describe('local versions (PEP 440 "Local version identifiers")', () => {
  it('joins the local segments with dots, in lower case, as PEP 440 normalises them', () => {
    expect(normalizeVersion('1.0.0+corp.1')).toBe('1.0.0+corp.1');
    expect(normalizeVersion('1.0+Ubuntu-1')).toBe('1.0+ubuntu.1');
    expect(normalizeVersion('1.0+a_b.C')).toBe('1.0+a.b.c');
    expect(normalizeVersion('1.0')).toBe('1.0');
  });

  it('accepts the sdist filename a backend writes for a local version', () => {
    const codes = checkFilename('loc_demo-1.0.0+corp.1.tar.gz').map((p) => p.code);
    expect(codes).not.toContain('sdist-filename');
  });
});
