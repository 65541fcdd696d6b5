import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { satisfiesPython } from '../src/python-version';

describe('satisfiesPython', () => {
  it.each([
    ['3.11.2', '>=3.11', true],
    ['3.10.12', '>=3.11', false],
    ['3.10.1', '>= 3.10', true],
    ['3.10.1', '<3.10.2', true],
    ['3.10.2', '<3.10.2', false],
    ['3.6.15', '>=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.*,!=3.6.*', false],
    ['3.7.0', '>=2.7,!=3.0.*,!=3.1.*,!=3.2.*,!=3.3.*,!=3.4.*,!=3.5.*,!=3.6.*', true],
    ['3.12.0', '==3.12.*', true],
    ['3.13.0', '~=3.12', true],
    ['4.0.0', '~=3.12', false],
    ['3.12.4', '', true],
  ])('%s against "%s" is %s', (version, spec, expected) => {
    expect(satisfiesPython(version, spec)).toBe(expected);
  });

  it('agrees with numeric ordering for >= and <', () => {
    const v = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20));
    fc.assert(
      fc.property(v, v, (a, b) => {
        const [x, y] = [a.join('.'), b.join('.')];
        const cmp = a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
        expect(satisfiesPython(x, `>=${y}`)).toBe(cmp >= 0);
        expect(satisfiesPython(x, `<${y}`)).toBe(cmp < 0);
      }),
    );
  });

  it('rejects a clause that is no specifier', () => {
    expect(() => satisfiesPython('3.12.0', 'py3')).toThrow('"py3" is not a version specifier');
  });
});
