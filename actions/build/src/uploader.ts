/** Where the built distributions go when `upload-artifact` is true: the seam tests and other stores plug into. */
export interface DistUploader {
  upload(name: string, files: readonly string[], rootDirectory: string): Promise<{ id?: number | undefined }>;
}

/**
 * Uploads to the workflow run's artifacts with `@actions/artifact` (the runner's ACTIONS_RUNTIME_TOKEN and
 * ACTIONS_RESULTS_URL). Loaded on first use: builds that upload nothing do not parse the Azure client.
 */
export function artifactUploader(): DistUploader {
  return {
    async upload(name, files, rootDirectory) {
      const { DefaultArtifactClient } = await import('@actions/artifact');
      try {
        const response = await new DefaultArtifactClient().uploadArtifact(name, [...files], rootDirectory);
        return { id: response.id };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`uploading the artifact "${name}" failed: ${reason}`, { cause: error });
      }
    },
  };
}
