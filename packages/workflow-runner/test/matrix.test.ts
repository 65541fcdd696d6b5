import { describe, expect, it } from 'vitest';
import { matrixCombos } from '../src/matrix';

const job = (matrix: Record<string, unknown>) => ({ strategy: { matrix } });

describe('matrix combinations', () => {
  it('runs a job without a matrix once, with an empty matrix context', () => {
    expect(matrixCombos({})).toEqual([{}]);
  });

  it('takes the cartesian product of the lists, first key outermost', () => {
    expect(matrixCombos(job({ os: ['linux', 'windows'], python: ['3.11', '3.12'] }))).toEqual([
      { os: 'linux', python: '3.11' },
      { os: 'linux', python: '3.12' },
      { os: 'windows', python: '3.11' },
      { os: 'windows', python: '3.12' },
    ]);
  });

  it('drops the combinations an exclude entry matches, a partial entry dropping every one it matches', () => {
    const combos = matrixCombos(
      job({
        os: ['macos', 'windows'],
        version: [12, 14, 16],
        environment: ['staging', 'production'],
        exclude: [
          { os: 'macos', version: 12, environment: 'production' },
          { os: 'windows', version: 16 },
        ],
      }),
    );
    expect(combos).toHaveLength(12 - 1 - 2);
    expect(combos).not.toContainEqual({ os: 'macos', version: 12, environment: 'production' });
    expect(combos.filter((c) => c.os === 'windows' && c.version === 16)).toEqual([]);
    expect(combos).toContainEqual({ os: 'macos', version: 12, environment: 'staging' });
  });

  it('matches an exclude entry against an object value by the keys the entry names', () => {
    const combos = matrixCombos(
      job({
        arch: [
          { name: 'ARM', matrix: 'arm' },
          { name: 'x64', matrix: 'x64' },
        ],
        exclude: [{ arch: { matrix: 'arm' } }],
      }),
    );
    expect(combos).toEqual([{ arch: { name: 'x64', matrix: 'x64' } }]);
  });

  // The example of GitHub's documentation ("Expanding or adding matrix configurations").
  it('merges include entries into the combinations whose original values they keep, else adds them', () => {
    const combos = matrixCombos(
      job({
        fruit: ['apple', 'pear'],
        animal: ['cat', 'dog'],
        include: [
          { color: 'green' },
          { color: 'pink', animal: 'cat' },
          { fruit: 'apple', shape: 'circle' },
          { fruit: 'banana' },
          { fruit: 'banana', animal: 'cat' },
        ],
      }),
    );
    expect(combos).toEqual([
      { fruit: 'apple', animal: 'cat', color: 'pink', shape: 'circle' },
      { fruit: 'apple', animal: 'dog', color: 'green', shape: 'circle' },
      { fruit: 'pear', animal: 'cat', color: 'pink' },
      { fruit: 'pear', animal: 'dog', color: 'green' },
      { fruit: 'banana' },
      { fruit: 'banana', animal: 'cat' },
    ]);
  });

  it('adds an extra key to the matching combinations only', () => {
    const combos = matrixCombos(
      job({
        os: ['windows-latest', 'ubuntu-latest'],
        node: [14, 16],
        include: [{ os: 'windows-latest', node: 16, npm: 6 }],
      }),
    );
    expect(combos).toEqual([
      { os: 'windows-latest', node: 14 },
      { os: 'windows-latest', node: 16, npm: 6 },
      { os: 'ubuntu-latest', node: 14 },
      { os: 'ubuntu-latest', node: 16 },
    ]);
  });

  it('applies exclude before include, so include can bring an excluded combination back', () => {
    const combos = matrixCombos(
      job({
        os: ['linux', 'windows'],
        python: ['3.11', '3.12'],
        exclude: [{ os: 'windows', python: '3.11' }],
        include: [{ os: 'windows', python: '3.11', experimental: true }],
      }),
    );
    expect(combos).toEqual([
      { os: 'linux', python: '3.11' },
      { os: 'linux', python: '3.12' },
      { os: 'windows', python: '3.12' },
      { os: 'windows', python: '3.11', experimental: true },
    ]);
  });

  it('runs one job per include entry when the matrix has no lists', () => {
    expect(
      matrixCombos(
        job({
          include: [
            { os: 'linux', python: '3.12' },
            { os: 'macos', python: '3.13' },
          ],
        }),
      ),
    ).toEqual([
      { os: 'linux', python: '3.12' },
      { os: 'macos', python: '3.13' },
    ]);
  });

  it('runs no job when exclude removes every combination and nothing is included', () => {
    expect(matrixCombos(job({ os: ['linux'], exclude: [{ os: 'linux' }] }))).toEqual([]);
  });
});
