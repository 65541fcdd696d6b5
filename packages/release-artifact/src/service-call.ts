import { ReleaseArtifactError } from './errors';

/**
 * A call to the artifact service; its failure (the client has retried already) becomes one error that says what
 * failed, that nothing was published, and what to do.
 */
export async function serviceCall<T>(what: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new ReleaseArtifactError(
      'artifact-service-failed',
      `the artifact service failed while ${what}: ${detail}. Nothing was uploaded to the index. Re-run the ` +
        'failed job; if it fails again, re-run the whole workflow so that the build job uploads the artifact anew.',
      { cause },
    );
  }
}
