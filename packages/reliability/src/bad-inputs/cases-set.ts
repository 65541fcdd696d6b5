/** The release as a whole and the inputs naming it: folders, missing paths, files that do not belong together. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_RELEASE_FILES } from '@pypi-release/dists';
import type { BadInputCase, Written } from './case';
import { metadata, SDIST, sdistTarGz, WHEEL, wheelZip } from './fixtures';

/** Writes each `[relative path, bytes]` under `dir` (creating folders) and returns the paths. */
async function writeAll(dir: string, files: ReadonlyArray<readonly [string, Buffer]>): Promise<string[]> {
  const paths: string[] = [];
  for (const [relative, data] of files) {
    const path = join(dir, relative);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, data);
    paths.push(path);
  }
  return paths;
}

/** A wheel of `name` `version`, named and built consistently. */
function release(name: string, version: string): readonly [string, Buffer] {
  return [
    `${name}-${version}-py3-none-any.whl`,
    wheelZip({ name, version, metadata: metadata({ name, version }) }),
  ];
}

export const SET_CASES: readonly BadInputCase[] = [
  {
    id: 'set-2001-files',
    attack: 'a folder of 2,001 files named like wheels (a runaway matrix, or a folder of every release)',
    code: 'set-too-many-files',
    build: async (dir) => {
      const path = join(dir, 'dist');
      await mkdir(path);
      await Promise.all(
        Array.from({ length: MAX_RELEASE_FILES + 1 }, (_, i) =>
          writeFile(join(path, `demo_pkg-1.0-${i}-py3-none-any.whl`), ''),
        ),
      );
      return { paths: [path], names: ['dist'] };
    },
  },
  {
    id: 'set-empty-folder',
    attack: 'an empty dist folder (the build wrote elsewhere)',
    code: 'set-empty',
    build: async (dir) => {
      const path = join(dir, 'empty-dist');
      await mkdir(path);
      return { paths: [path] };
    },
  },
  {
    id: 'set-missing-path',
    attack: 'a path that does not exist',
    code: 'path-not-found',
    // The set is then empty as well.
    alongside: ['set-empty'],
    build: async (dir) => ({ paths: [join(dir, 'dist-typo')] }),
  },
  {
    id: 'set-directory-named-whl',
    attack: 'a directory named x.whl',
    code: 'not-a-file',
    build: async (dir) => {
      const path = join(dir, 'x.whl');
      await mkdir(path);
      return { paths: [path] };
    },
  },
  {
    id: 'set-only-stray-files',
    attack: 'a folder holding no distribution, only notes',
    code: 'not-a-distribution',
    severity: 'notice',
    // A notice never fails a release: the empty set is what refuses it.
    alongside: ['set-empty'],
    build: async (dir): Promise<Written> => {
      await writeAll(dir, [['dist/notes.txt', Buffer.from('release notes\n')]]);
      return { paths: [join(dir, 'dist')], names: ['notes.txt'] };
    },
  },
  {
    id: 'set-two-projects',
    attack: 'wheels of two projects in one release',
    code: 'set-projects',
    build: async (dir) => ({
      paths: await writeAll(dir, [release('demo_pkg', '1.0'), release('other_pkg', '1.0')]),
    }),
  },
  {
    id: 'set-two-versions',
    attack: 'a stale wheel of the previous version beside the new one',
    code: 'set-versions',
    build: async (dir) => ({
      paths: await writeAll(dir, [release('demo_pkg', '1.0'), release('demo_pkg', '1.1')]),
    }),
  },
  {
    id: 'set-two-sdists',
    attack: 'the same sdist built by two matrix jobs',
    code: 'set-two-sdists',
    build: async (dir) => {
      const sdist = sdistTarGz();
      const paths = await writeAll(dir, [
        [`linux/${SDIST}`, sdist],
        [`macos/${SDIST}`, sdist],
      ]);
      return { paths, names: [SDIST] };
    },
  },
  {
    id: 'set-conflicting-wheels',
    attack: 'two different files under one wheel name',
    code: 'set-conflicting-files',
    build: async (dir) => {
      const paths = await writeAll(dir, [
        [`linux/${WHEEL}`, wheelZip()],
        [`macos/${WHEEL}`, wheelZip({ files: { 'demo_pkg/extra.py': 'import os\n' } })],
      ]);
      return { paths, names: [WHEEL] };
    },
  },
];
