/**
 * Where the distributions come from. Today: the `packages-dir` folder of the workspace. The artifact issue adds
 * a second source here (download the release artifact, verify it byte for byte against the build job's manifest)
 * and main.ts keeps calling this one function.
 */
export interface DistSourceInputs {
  readonly packagesDir: string;
}

export async function resolveDistributions(inputs: DistSourceInputs): Promise<string[]> {
  return [inputs.packagesDir];
}
