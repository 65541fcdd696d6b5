import { copyFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ArtifactClient, Logger } from './artifact-client';
import { ReleaseArtifactError } from './errors';
import {
  type BuildContext,
  createManifest,
  type ManifestFile,
  type ReleaseManifest,
  writeManifest,
} from './manifest';
import { listFiles } from './merge';
import { serviceCall } from './service-call';
import { type VerifiedRelease, verifyRelease } from './verify';

/**
 * Copies the files into `stagingDir` (flat), writes `release-manifest.json` beside them and uploads the lot as
 * one artifact of this run.
 */
export async function uploadRelease(options: {
  readonly client: ArtifactClient;
  readonly name: string;
  readonly stagingDir: string;
  readonly release: { readonly name: string; readonly version: string };
  readonly files: readonly (ManifestFile & { readonly path: string })[];
  readonly context: BuildContext;
}): Promise<{ id: number; manifest: ReleaseManifest }> {
  await mkdir(options.stagingDir, { recursive: true });
  const staged: string[] = [];
  for (const file of options.files) {
    const target = join(options.stagingDir, file.filename);
    if (resolve(file.path) !== resolve(target)) await copyFile(file.path, target);
    staged.push(target);
  }
  const manifest = createManifest(options.release, options.files, options.context);
  staged.push(await writeManifest(options.stagingDir, manifest));
  const { id } = await serviceCall(`uploading the artifact "${options.name}"`, () =>
    options.client.uploadArtifact(options.name, staged, options.stagingDir),
  );
  if (id === undefined)
    throw new ReleaseArtifactError('internal', `uploading "${options.name}" returned no id`);
  return { id, manifest };
}

/** Downloads the artifact `name` of this run into `workDir/<name>` and verifies it (see `verifyRelease`). */
export async function downloadRelease(options: {
  readonly client: ArtifactClient;
  readonly name: string;
  readonly workDir: string;
  readonly expectedDigests?: Readonly<Record<string, string>> | undefined;
  readonly logger?: Logger;
}): Promise<VerifiedRelease> {
  const { artifacts } = await serviceCall('listing the artifacts of this run', () =>
    options.client.listArtifacts(),
  );
  const artifact = artifacts.filter((a) => a.name === options.name).sort((a, b) => b.id - a.id)[0];
  if (!artifact) {
    const names = artifacts.map((a) => a.name).join(', ') || 'none';
    throw new ReleaseArtifactError(
      'artifact-not-found',
      `no artifact named "${options.name}" in this run (the run has: ${names}); check input \`artifact-name\` and that the build job uploaded it`,
    );
  }
  const dir = join(options.workDir, options.name);
  await serviceCall(`downloading the artifact "${artifact.name}" (id ${artifact.id})`, () =>
    options.client.downloadArtifact(artifact.id, { path: dir }),
  );
  options.logger?.info(
    `downloaded artifact ${artifact.name} (id ${artifact.id}): ${(await listFiles(dir)).length} file(s)`,
  );
  return verifyRelease(dir, options.expectedDigests);
}
