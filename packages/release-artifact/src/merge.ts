import { copyFile, mkdir, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { hashFile } from '@pypi-release/dists';
import { type ArtifactClient, globToRegExp, type Logger } from './artifact-client';
import { ReleaseArtifactError } from './errors';
import { serviceCall } from './service-call';

export interface CollectOptions {
  readonly client: ArtifactClient;
  /** A glob over artifact names, e.g. `dists-*`. */
  readonly pattern: string;
  /** An empty scratch folder: each artifact goes to `<workDir>/artifacts/<name>`, the merge to `<workDir>/merged`. */
  readonly workDir: string;
  readonly logger?: Logger;
}

export interface CollectedRelease {
  /** The artifacts merged, by name. */
  readonly artifacts: { readonly id: number; readonly name: string }[];
  /** The folder holding one copy of every file. */
  readonly dir: string;
}

interface Origin {
  readonly artifact: string;
  readonly path: string;
  readonly sha256: string;
}

/**
 * Downloads every artifact of the run whose name matches `pattern` and merges their files into one flat folder:
 * a file present in several artifacts with the same bytes is kept once; the same name with other bytes is an
 * error naming both artifacts (every conflict, in one error).
 */
export async function collectArtifacts(options: CollectOptions): Promise<CollectedRelease> {
  const matcher = globToRegExp(options.pattern);
  const { artifacts: all } = await serviceCall('listing the artifacts of this run', () =>
    options.client.listArtifacts(),
  );
  const artifacts = all.filter((a) => matcher.test(a.name)).sort((a, b) => a.name.localeCompare(b.name));
  if (artifacts.length === 0) {
    const names = all.map((a) => a.name).join(', ') || 'none';
    throw new ReleaseArtifactError(
      'no-artifacts',
      `no artifact of this run matches pattern "${options.pattern}" (the run has: ${names}); upload the dists in the build jobs first, or fix \`pattern\``,
    );
  }
  const dir = join(options.workDir, 'merged');
  await mkdir(dir, { recursive: true });
  const kept = new Map<string, Origin>();
  const conflicts: string[] = [];
  for (const artifact of artifacts) {
    const into = join(options.workDir, 'artifacts', artifact.name);
    await serviceCall(`downloading the artifact "${artifact.name}" (id ${artifact.id})`, () =>
      options.client.downloadArtifact(artifact.id, { path: into }),
    );
    const files = await listFiles(into);
    options.logger?.info(`artifact ${artifact.name} (id ${artifact.id}): ${files.length} file(s)`);
    for (const path of files) {
      const filename = path.slice(path.lastIndexOf('/') + 1);
      const origin = {
        artifact: artifact.name,
        path: relative(into, path),
        sha256: (await hashFile(path)).sha256,
      };
      const other = kept.get(filename);
      if (!other) {
        kept.set(filename, origin);
        await copyFile(path, join(dir, filename));
      } else if (other.sha256 !== origin.sha256) {
        conflicts.push(
          `${filename}: artifact "${other.artifact}" (${other.path}, sha256 ${other.sha256}) and artifact "${origin.artifact}" (${origin.path}, sha256 ${origin.sha256}) differ`,
        );
      }
    }
  }
  if (conflicts.length > 0) {
    throw new ReleaseArtifactError(
      'conflicting-files',
      `${conflicts.length} file(s) differ between artifacts; each file must be built once (or reproducibly):\n${conflicts.map((c) => `- ${c}`).join('\n')}`,
    );
  }
  return { artifacts, dir };
}

/** Every regular file under `dir`, recursively, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
}
