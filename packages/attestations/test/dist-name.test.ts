import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ultranormalizeFilename } from '../src/index';

describe('ultranormalised distribution filenames (pypi-attestations `_ultranormalize_dist_filename`)', () => {
  it.each([
    ['pypi_attestations-0.0.19.tar.gz', 'pypi_attestations-0.0.19.tar.gz'],
    ['Pypi.Attestations-0.0.19.tar.gz', 'pypi_attestations-0.0.19.tar.gz'],
    ['foo-1.0RC1.zip', 'foo-1.0rc1.zip'],
    ['foo_bar-1.0-py3-none-any.whl', 'foo_bar-1.0-py3-none-any.whl'],
    ['Foo.Bar-01.0-1-PY3.py2-none-ANY.whl', 'foo_bar-1.0-1-py2.py3-none-any.whl'],
    [
      'spt3g-1.0-cp310-cp310-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'spt3g-1.0-cp310-cp310-manylinux2014_x86_64.manylinux_2_17_x86_64.whl',
    ],
  ])('%s → %s', (input, expected) => {
    expect(ultranormalizeFilename(input)).toBe(expected);
  });

  it.each(['foo-1.0.exe', 'foo-1.0-py3-none.whl', 'foo-notaversion.tar.gz', 'foo-1.0-x1-py3-none-any.whl'])(
    'refuses %s',
    (input) => {
      expect(ultranormalizeFilename(input)).toBeUndefined();
    },
  );
});

describe('ultranormalisation, for any wheel or sdist name', () => {
  const name = fc.stringMatching(/^[A-Za-z0-9]([A-Za-z0-9._-]{0,10}[A-Za-z0-9])?$/);
  const version = fc
    .tuple(fc.nat(20), fc.nat(20), fc.constantFrom('', 'rc1', 'a2', '.post1', '.dev3'))
    .map(([major, minor, suffix]) => `${major}.${minor}${suffix}`);
  const tags = fc.uniqueArray(fc.constantFrom('py2', 'py3', 'cp312', 'PY3'), { minLength: 1, maxLength: 3 });

  it('is idempotent and agrees for every spelling of the same project name', () => {
    fc.assert(
      fc.property(name, version, tags, fc.boolean(), (project, v, python, wheel) => {
        // A wheel's name part never holds `-` (it separates the filename's fields).
        const stem = wheel ? project.replace(/-/g, '_') : project;
        const filename = wheel ? `${stem}-${v}-${python.join('.')}-none-any.whl` : `${stem}-${v}.tar.gz`;
        const once = ultranormalizeFilename(filename);
        expect(once).toBeDefined();
        expect(ultranormalizeFilename(once as string)).toBe(once);
        const respelled = filename.replace(stem, stem.toUpperCase().replace(/[-_.]/g, '.'));
        expect(ultranormalizeFilename(respelled)).toBe(once);
      }),
    );
  });
});
