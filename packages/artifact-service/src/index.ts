export { type Azurite, type AzuriteOptions, startAzurite } from './azurite';
export type { FailOptions, Faults } from './faults';
export { withRunnerEnv } from './runner-env';
export { type BackendIds, backendIdsOf } from './runtime-token';
export {
  type ArtifactService,
  type ArtifactServiceOptions,
  type ServiceCall,
  type StoredArtifact,
  startArtifactService,
} from './service';
export { type TwirpCode, type TwirpReply, twirpError } from './twirp-errors';
export { SERVICE as ARTIFACT_SERVICE, type TwirpMethod } from './twirp-handlers';
