import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { downloadRelease, parseDigests } from '@pypi-release/release-artifact';
import * as core from '@pypi-release/workflow-commands';

/**
 * Downloads the release artifact of this run and verifies every file against its `release-manifest.json` and
 * against the build job's digests, before anything else happens; returns the verified files.
 */
export async function downloadVerifiedRelease(
  artifactName: string,
  expectedDigests?: string,
): Promise<string[]> {
  const expected =
    expectedDigests === undefined ? undefined : parseDigests(expectedDigests, 'input `expected-digests`');
  if (expected === undefined) {
    core.warning(
      `input \`expected-digests\` is empty: the artifact "${artifactName}" is checked against its own manifest only; pass the collect-dists job's \`digests\` output to check it against what that job built`,
    );
  }
  return core.group(`Downloading and verifying the artifact ${artifactName}`, async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'publish-artifact-'));
    const { manifest, paths } = await downloadRelease({
      client: new DefaultArtifactClient(),
      name: artifactName,
      workDir,
      expectedDigests: expected,
      logger: { info: core.info },
    });
    for (const f of manifest.files) core.info(`verified ${f.filename}  ${f.size} bytes  sha256 ${f.sha256}`);
    core.info(
      `${manifest.project} ${manifest.version}, built from ${manifest.commit} in run ${manifest.run.id}`,
    );
    return paths;
  });
}
