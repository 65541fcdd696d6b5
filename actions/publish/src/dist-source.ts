import { PublishError } from '@pypi-release/pypi-client';

/**
 * Where the distributions come from: the `packages-dir` folder of the workspace, or, with `artifact-name`, the
 * release artifact of this run, verified byte for byte against its manifest and the build job's digests.
 */
export interface DistSourceInputs {
  readonly packagesDir: string;
  readonly artifactName?: string | undefined;
  /** The build job's `digests` output (JSON filename → sha256). */
  readonly expectedDigests?: string | undefined;
}

export async function resolveDistributions(inputs: DistSourceInputs): Promise<string[]> {
  if (inputs.artifactName !== undefined) {
    // Loaded only in artifact mode: the artifact client (and the Azure SDK under it) doubles the bundle's start-up.
    const { downloadVerifiedRelease } = await import('./artifact-source');
    return downloadVerifiedRelease(inputs.artifactName, inputs.expectedDigests);
  }
  if (inputs.expectedDigests !== undefined) {
    throw new PublishError(
      'invalid-input',
      'input `expected-digests` needs input `artifact-name`: the digests verify the release artifact; set `artifact-name` (e.g. release-dists) or remove `expected-digests`',
    );
  }
  return [inputs.packagesDir];
}
