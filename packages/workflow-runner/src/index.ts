export { condition, evaluate, evaluateValue } from './expressions';
export { formatRun } from './format';
export { BASE_PYTHON, type FreshPython, freshPython } from './fresh-python';
export {
  frontendLockRequirements,
  SEED_REQUIREMENTS,
  SeedError,
  type SeedIndexOptions,
  type SeedWheelsOptions,
  seedIndex,
  seedWheels,
  toolkitSeedWheels,
} from './index-seed';
export { runWorkflow } from './runner';
export { projectFolders, type SamplePackage, writeSampleCheckout } from './sample-checkout';
export { type StartIndex, seedDataDir } from './seeded-index';
export type { JobResult, Outcome, RunWorkflowOptions, StepResult, WorkflowRunResult } from './types';
