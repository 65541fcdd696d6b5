import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MAX_RELEASE_FILES } from '@pypi-release/dists';
import * as z from '@pypi-release/zod';
import { ReleaseArtifactError } from './errors';

export const MANIFEST_FILENAME = 'release-manifest.json';

const sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lower-case hex digits'));

const manifestSchema = z.object({
  project: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  files: z
    .array(
      z.object({
        filename: z.string().check(z.minLength(1), z.maxLength(255)),
        size: z.number().check(z.int(), z.nonnegative()),
        sha256,
      }),
    )
    .check(z.maxLength(MAX_RELEASE_FILES, `a release holds at most ${MAX_RELEASE_FILES} files`)),
  commit: z.string(),
  run: z.object({ id: z.string(), attempt: z.string(), repository: z.string() }),
});

/** What the build job vouches for: the release, every file's size and sha256, and where it was built. */
export type ReleaseManifest = z.infer<typeof manifestSchema>;

export interface ManifestFile {
  readonly filename: string;
  readonly size: number;
  readonly sha256: string;
}

/** The workflow run that built the release (GITHUB_SHA, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT, GITHUB_REPOSITORY). */
export interface BuildContext {
  readonly commit: string;
  readonly runId: string;
  readonly runAttempt: string;
  readonly repository: string;
}

export function createManifest(
  release: { readonly name: string; readonly version: string },
  files: readonly ManifestFile[],
  context: BuildContext,
): ReleaseManifest {
  return {
    project: release.name,
    version: release.version,
    files: [...files]
      .map(({ filename, size, sha256 }) => ({ filename, size, sha256 }))
      .sort((a, b) => a.filename.localeCompare(b.filename)),
    commit: context.commit,
    run: { id: context.runId, attempt: context.runAttempt, repository: context.repository },
  };
}

/** The `digests` output: filename → sha256. */
export function digestsOf(files: readonly ManifestFile[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f.filename, f.sha256]));
}

export async function writeManifest(dir: string, manifest: ReleaseManifest): Promise<string> {
  const path = join(dir, MANIFEST_FILENAME);
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
  return path;
}

export async function readManifest(dir: string): Promise<ReleaseManifest> {
  let text: string;
  try {
    text = await readFile(join(dir, MANIFEST_FILENAME), 'utf8');
  } catch (error) {
    throw new ReleaseArtifactError(
      'manifest-invalid',
      `the release artifact has no ${MANIFEST_FILENAME}: upload it with the collect-dists action`,
      { cause: error },
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReleaseArtifactError('manifest-invalid', `${MANIFEST_FILENAME} is not JSON`, { cause: error });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) {
    throw new ReleaseArtifactError(
      'manifest-invalid',
      `${MANIFEST_FILENAME}: ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}

/** Parses the build job's `digests` output (JSON filename → sha256); `input` names where it came from. */
export function parseDigests(text: string, input: string): Record<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ReleaseArtifactError(
      'digests-invalid',
      `${input} is not JSON: pass the build job's \`digests\` output`,
      {
        cause: error,
      },
    );
  }
  const parsed = z
    .record(z.string().check(z.minLength(1), z.maxLength(255)), sha256)
    .check(
      z.refine((digests) => Object.keys(digests).length <= MAX_RELEASE_FILES, {
        message: `at most ${MAX_RELEASE_FILES} files`,
      }),
    )
    .safeParse(json);
  if (!parsed.success) {
    throw new ReleaseArtifactError(
      'digests-invalid',
      `${input} must be a JSON object filename → sha256 (the build job's \`digests\` output): ${z.prettifyError(parsed.error)}`,
    );
  }
  return parsed.data;
}
