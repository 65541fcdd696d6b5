import { join } from 'node:path';
import { type BuiltFile, type BuiltRelease, writeRelease } from '../release-fixture';

/** A distribution on disk, as the verification compares it with the index. */
export type LocalFile = Pick<BuiltFile, 'filename' | 'path'>;

/** One publisher's release: a project of its own, one sdist and `filesEach - 1` wheels in `dir`. */
export interface LocalRelease extends Pick<BuiltRelease, 'dir' | 'files' | 'bytes'> {
  readonly project: string;
}

/** `load-pkg-01`, `load-pkg-02`, … */
export function projectName(publisher: number): string {
  return `load-pkg-${String(publisher + 1).padStart(2, '0')}`;
}

/** File `n`'s payload: 32–128 KiB, varying from file to file. */
function payloadBytes(n: number): number {
  return (32 + ((n * 37) % 97)) * 1024;
}

/** Writes `publishers` releases of `filesEach` files (one sdist, the rest wheels) under `root`. */
export async function writeReleases(
  root: string,
  publishers: number,
  filesEach: number,
): Promise<LocalRelease[]> {
  const releases: LocalRelease[] = [];
  for (let p = 0; p < publishers; p++) {
    const project = projectName(p);
    const first = p * filesEach;
    const release = await writeRelease(join(root, project), {
      name: project,
      version: '1.0',
      count: filesEach,
      payloadBytes: (n) => payloadBytes(first + n),
    });
    releases.push({ project, dir: release.dir, files: release.files, bytes: release.bytes });
  }
  return releases;
}
