export { defaultArtifactName } from './artifact-name';
export {
  type BuildDependencies,
  type BuildLogger,
  type BuildOptions,
  type BuildResult,
  type BuiltDist,
  buildProject,
} from './build-project';
export { BuildError, type BuildErrorCode } from './errors';
export { meaningfulLines } from './failure-lines';
export { defaultPython, type Frontend, frontendCommand } from './frontend-command';
export {
  formatCommandLine,
  type OutputLine,
  type OutputStream,
  type ProcessRunner,
  type RunOptions,
  type RunResult,
  spawnRunner,
} from './process-runner';
export { type SourceDateEpoch, sourceDateEpoch } from './source-date-epoch';
