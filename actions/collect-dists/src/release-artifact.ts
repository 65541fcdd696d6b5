import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import type { CheckReport } from '@pypi-release/dists';
import { type BuildContext, collectArtifacts, uploadRelease } from '@pypi-release/release-artifact';
import * as core from '@pypi-release/workflow-commands';

/** The artifact side of the action: where the dists come from, and the release artifact it uploads. */
export interface ArtifactInputs {
  readonly pattern: string | undefined;
  readonly artifactName: string;
  readonly upload: boolean;
}

let client: DefaultArtifactClient | undefined;
const artifacts = () => {
  client ??= new DefaultArtifactClient();
  return client;
};

/** Downloads and merges the artifacts matching `pattern`; returns the folder to check. */
export function gatherArtifacts(pattern: string, tempDir: string): Promise<string> {
  return core.group(`Downloading the artifacts matching ${pattern}`, async () => {
    const collected = await collectArtifacts({
      client: artifacts(),
      pattern,
      workDir: join(tempDir, 'collect-dists'),
      logger: { info: core.info },
    });
    core.info(`merged ${collected.artifacts.map((a) => a.name).join(', ')} into ${collected.dir}`);
    return collected.dir;
  });
}

/** Uploads the checked files with their manifest as one artifact; returns its id. */
export function uploadReleaseArtifact(
  name: string,
  report: CheckReport,
  release: { name: string; version: string },
  context: BuildContext & { readonly tempDir: string },
): Promise<number> {
  return core.group(`Uploading the release artifact ${name}`, async () => {
    const { id } = await uploadRelease({
      client: artifacts(),
      name,
      stagingDir: join(context.tempDir, 'collect-dists', 'release'),
      release,
      files: report.files,
      context,
    });
    core.info(`artifact ${name} uploaded (id ${id})`);
    return id;
  });
}
