import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { kindFromFilename } from '@pypi-release/dists';

/** What a folder held before a build: file name → size and modification time. */
export type DirSnapshot = ReadonlyMap<string, string>;

export async function snapshotDir(dir: string): Promise<DirSnapshot> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
    throw error;
  });
  const files = entries.filter((e) => e.isFile());
  const stamps = await Promise.all(
    files.map(async (e) => {
      const s = await stat(join(dir, e.name));
      return [e.name, `${s.size}:${s.mtimeMs}`] as const;
    }),
  );
  return new Map(stamps);
}

/** The distributions the build wrote: files with a distribution's name that are new or changed since `before`. */
export async function newDistributions(dir: string, before: DirSnapshot): Promise<string[]> {
  const after = await snapshotDir(dir);
  return [...after]
    .filter(([name, stamp]) => kindFromFilename(name) !== undefined && before.get(name) !== stamp)
    .map(([name]) => name);
}

/**
 * Removes the `.gitignore` (`*`) that build frontends drop into the output folder, so that it is not uploaded
 * with the distributions. A `.gitignore` that was there before the build is the user's and stays.
 */
export async function removeStrayGitignore(dir: string, before: DirSnapshot): Promise<boolean> {
  if (before.has('.gitignore')) return false;
  const path = join(dir, '.gitignore');
  const found = await stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
  if (found) await rm(path);
  return found;
}
