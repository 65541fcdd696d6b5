import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRequirement508 } from '../src/pep508';
import { specifierSetError } from '../src/specifiers';

describe('PEP 508 requirement parser', () => {
  it.each([
    'requests',
    'requests[security,socks]>=2.8.1,==2.8.*',
    'jaraco.packaging (>=9) ; extra == "docs"',
    "pywin32>=1.0; sys_platform == 'win32' and python_version < '3.12'",
    'name; (os_name == "nt" or os_name == "posix") and extra != "x"',
    'tomli; python_version not in "3.11, 3.12"',
    'A.B-C_D==1.0+local',
    'pkg===arbitrary',
  ])('accepts %s', (text) => {
    expect(parseRequirement508(text)).toMatchObject({ ok: true });
  });

  it.each([
    '',
    '-pkg',
    'pkg >= ',
    'pkg[extra',
    'pkg (>=1.0',
    'pkg ~= 1',
    'pkg >=1.0 extra',
    'pkg; python_versio == "3"',
    'pkg; python_version == "3" and',
    'pkg @ https://x.org/p.whl;extra=="x"',
  ])('rejects %j', (text) => {
    expect(parseRequirement508(text)).toMatchObject({ ok: false });
  });

  it('reads a direct URL reference', () => {
    const result = parseRequirement508('pkg[x] @ https://example.org/pkg-1.0.whl ; python_version >= "3.8"');
    expect(result).toEqual({
      ok: true,
      requirement: {
        name: 'pkg',
        extras: ['x'],
        specifier: '',
        url: 'https://example.org/pkg-1.0.whl',
        marker: 'python_version >= "3.8"',
      },
    });
  });

  it('never throws (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        parseRequirement508(text);
      }),
    );
  });

  it('parses generated requirements back to their parts (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,10}[A-Za-z0-9])?$/);
    const extra = fc.stringMatching(/^[a-z][a-z0-9]{0,6}$/);
    const version = fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`);
    const op = fc.constantFrom('>=', '<=', '==', '!=', '<', '>', '~=');
    const clause = fc.tuple(op, version).map(([o, v]) => `${o}${v}`);
    fc.assert(
      fc.property(
        name,
        fc.uniqueArray(extra, { maxLength: 3 }),
        fc.array(clause, { maxLength: 3 }),
        fc.boolean(),
        (n, extras, clauses, paren) => {
          const spec = clauses.join(',');
          const text = `${n}${extras.length ? `[${extras.join(', ')}]` : ''}${paren && spec ? ` (${spec})` : spec}`;
          const result = parseRequirement508(text);
          expect(result).toEqual({ ok: true, requirement: { name: n, extras, specifier: spec } });
        },
      ),
    );
  });
});

describe('PEP 440 specifier sets', () => {
  it('accepts valid sets and rejects invalid clauses', () => {
    expect(specifierSetError('>=3.8, <4, !=3.9.*')).toBeUndefined();
    expect(specifierSetError('')).toBeUndefined();
    expect(specifierSetError('>=3.8.*')).toBeDefined();
    expect(specifierSetError('>=1.0+local')).toBeDefined();
    expect(specifierSetError('3.8')).toBeDefined();
  });
});
