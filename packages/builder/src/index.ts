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
  type FrontendInstallContext,
  type FrontendInstallOptions,
  MIN_INSTALLED_BUILD,
  type PreparedFrontend,
  prepareBuildFrontend,
} from './frontend-install';
export {
  type FrontendLock,
  type LockedWheel,
  lockDigest,
  lockedBuild,
  parseFrontendLock,
  requirementsText,
} from './frontend-lock';
export { diagnosePipFailure, fetchReachability, type IndexReachability } from './pip-failure';
export {
  formatCommandLine,
  type OutputLine,
  type OutputStream,
  type ProcessRunner,
  type RunOptions,
  type RunResult,
  spawnRunner,
} from './process-runner';
export { type PythonInfo, type PythonProbe, processProbe } from './python-probe';
export { satisfiesPython } from './python-version';
export { redactUrl } from './redact-url';
export { type SourceDateEpoch, sourceDateEpoch } from './source-date-epoch';
