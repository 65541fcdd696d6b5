export { type ArtifactClient, globToRegExp, type Logger } from './artifact-client';
export { ReleaseArtifactError, type ReleaseArtifactErrorCode } from './errors';
export {
  type BuildContext,
  createManifest,
  digestsOf,
  MANIFEST_FILENAME,
  type ManifestFile,
  parseDigests,
  type ReleaseManifest,
  readManifest,
  writeManifest,
} from './manifest';
export { type CollectedRelease, type CollectOptions, collectArtifacts, listFiles } from './merge';
export { downloadRelease, uploadRelease } from './release';
export { type VerifiedRelease, verifyRelease } from './verify';
