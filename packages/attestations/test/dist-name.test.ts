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
