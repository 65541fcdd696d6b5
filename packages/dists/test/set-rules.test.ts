import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { describe, expect, it } from 'vitest';
import { checkSet } from '../src/check-set';
import { discoverFiles } from '../src/discover';
import type { FileReport } from '../src/types';

function file(
  filename: string,
  name: string,
  version: string,
  sha256 = 'a'.repeat(64),
  path = filename,
): FileReport {
  return {
    path,
    filename,
    kind: filename.endsWith('.whl') ? 'wheel' : 'sdist',
    name,
    version,
    size: 1,
    sha256,
    digests: undefined,
    metadata: undefined,
    members: [],
    problems: [],
  };
}

const codes = (files: FileReport[]): string[] => checkSet(files, ['dist']).map((p) => p.code);

describe('set rules (PYPI.md §3 "Set-level")', () => {
  it('passes one sdist and wheels of one project and version', () => {
    expect(
      codes([
        file('demo-1.0.tar.gz', 'demo', '1.0'),
        file('demo-1.0-py3-none-any.whl', 'Demo', '1.0'),
        file('demo-1.0-cp312-cp312-win_amd64.whl', 'demo', '1.0'),
      ]),
    ).toEqual([]);
  });

  it('rejects an empty set', () => {
    const [problem] = checkSet([], ['dist']);
    expect(problem?.code).toBe('set-empty');
    expect(problem?.message).toContain('dist');
    expect(problem?.message).toContain('python -m build');
  });

  it('rejects two projects', () => {
    expect(codes([file('a-1.0.tar.gz', 'a', '1.0'), file('b-1.0-py3-none-any.whl', 'b', '1.0')])).toEqual([
      'set-projects',
    ]);
  });

  it('rejects two versions and points at stale files', () => {
    const problems = checkSet(
      [file('a-1.0.tar.gz', 'a', '1.0'), file('a-1.1-py3-none-any.whl', 'a', '1.1')],
      ['dist'],
    );
    expect(problems.map((p) => p.code)).toEqual(['set-versions']);
    expect(problems[0]?.message).toContain('clean the output folder');
  });

  it('rejects two sdists', () => {
    expect(
      codes([
        file('a-1.0.tar.gz', 'a', '1.0'),
        file('a-1.0.tar.gz', 'a', '1.0', 'a'.repeat(64), 'other/a-1.0.tar.gz'),
      ]),
    ).toEqual(['set-two-sdists']);
  });

  it('rejects two files of one name with different bytes, naming both hashes', () => {
    const problems = checkSet(
      [
        file('a-1.0-py3-none-any.whl', 'a', '1.0', 'a'.repeat(64), 'x/a-1.0-py3-none-any.whl'),
        file('a-1.0-py3-none-any.whl', 'a', '1.0', 'b'.repeat(64), 'y/a-1.0-py3-none-any.whl'),
      ],
      ['x', 'y'],
    );
    expect(problems.map((p) => p.code)).toEqual(['set-conflicting-files']);
    expect(problems[0]?.message).toContain('a'.repeat(64));
    expect(problems[0]?.message).toContain('b'.repeat(64));
  });
});

describe('discovering files', () => {
  it('skips companions with a notice, keeps refused formats, and reports missing paths', async () => {
    const dir = await tempDir();
    try {
      const dist = join(dir.path, 'dist');
      await mkdir(join(dist, 'sub'), { recursive: true });
      for (const name of [
        'a-1.0.tar.gz',
        'a-1.0-py3-none-any.whl',
        '.gitignore',
        'a-1.0-py3-none-any.whl.metadata',
        'a-1.0.egg',
        'notes.txt',
      ]) {
        await writeFile(join(dist, name), 'x');
      }
      const found = await discoverFiles([dist, join(dir.path, 'missing')]);
      expect(found.candidates.map((c) => c.filename)).toEqual([
        'a-1.0-py3-none-any.whl',
        'a-1.0.egg',
        'a-1.0.tar.gz',
      ]);
      expect(found.problems.map((p) => p.code)).toEqual([
        'not-a-distribution',
        'not-a-distribution',
        'not-a-distribution',
        'path-not-found',
      ]);
      const viaGlob = await discoverFiles([join(dist, '*.whl'), join(dist, 'nothing-*.whl')]);
      expect(viaGlob.candidates.map((c) => c.filename)).toEqual(['a-1.0-py3-none-any.whl']);
      expect(viaGlob.problems.map((p) => p.code)).toEqual(['path-not-found']);
    } finally {
      await dir.cleanup();
    }
  });
});
