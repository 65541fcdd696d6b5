import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFiles } from '../src/path-glob';

describe('upload-artifact path globs', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let base: string;
  const at = (...parts: string[]) => join(base, ...parts);

  beforeAll(async () => {
    work = await tempDir('path-glob-');
    base = work.path;
    const files = [
      'wheelhouse/a-1.0-py3-none-any.whl',
      'wheelhouse/b-1.0-cp312-cp312-manylinux_2_17_x86_64.whl',
      'wheelhouse/notes.txt',
      'wheelhouse/.hidden.whl',
      'dist/sub/c-1.0.tar.gz',
      'dist/d-1.0.tar.gz',
      'dist/.cache/e.tar.gz',
    ];
    for (const f of files) {
      await mkdir(join(base, f, '..'), { recursive: true });
      await writeFile(join(base, f), f);
    }
  });
  afterAll(() => work?.cleanup());

  it('matches `*` within one folder, relative to the workspace, the root being the folder before the wildcard', async () => {
    const found = await findFiles('wheelhouse/*.whl', base);
    expect(found.files).toEqual([
      at('wheelhouse/a-1.0-py3-none-any.whl'),
      at('wheelhouse/b-1.0-cp312-cp312-manylinux_2_17_x86_64.whl'),
    ]);
    expect(found.root).toBe(at('wheelhouse'));
  });

  it('leaves hidden files out unless asked', async () => {
    expect((await findFiles('wheelhouse/*.whl', base, true)).files).toContain(at('wheelhouse/.hidden.whl'));
    expect((await findFiles('dist', base)).files).not.toContain(at('dist/.cache/e.tar.gz'));
  });

  it('takes every file below a folder pattern, `**` any depth, and `!` lines exclude', async () => {
    expect((await findFiles('dist', base)).files).toEqual([
      at('dist/d-1.0.tar.gz'),
      at('dist/sub/c-1.0.tar.gz'),
    ]);
    expect((await findFiles('dist/**/*.tar.gz\n!dist/sub', base)).files).toEqual([at('dist/d-1.0.tar.gz')]);
    expect((await findFiles('**/*-1.0.tar.gz', base)).root).toBe(base);
  });

  it('roots a single literal file at its folder, several patterns at their common ancestor', async () => {
    expect(await findFiles('dist/sub/c-1.0.tar.gz', base)).toMatchObject({
      files: [at('dist/sub/c-1.0.tar.gz')],
      root: at('dist/sub'),
    });
    const both = await findFiles('# the wheels and the sdists\nwheelhouse/a-*.whl\ndist/*.tar.gz\n', base);
    expect(both.files).toEqual([at('dist/d-1.0.tar.gz'), at('wheelhouse/a-1.0-py3-none-any.whl')]);
    expect(both.root).toBe(base);
    expect(both.patterns).toEqual(['wheelhouse/a-*.whl', 'dist/*.tar.gz']);
  });

  it('supports `?` and character classes, and finds nothing for a missing folder', async () => {
    expect((await findFiles('wheelhouse/[ab]-1.0-py?-*.whl', base)).files).toEqual([
      at('wheelhouse/a-1.0-py3-none-any.whl'),
    ]);
    expect((await findFiles('nowhere/*.whl', base)).files).toEqual([]);
  });
});
