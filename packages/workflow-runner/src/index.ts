export { condition, evaluate, evaluateValue } from './expressions';
export { formatRun } from './format';
export { runWorkflow } from './runner';
export { projectFolders, type SamplePackage, writeSampleCheckout } from './sample-checkout';
export type { JobResult, Outcome, RunWorkflowOptions, StepResult, WorkflowRunResult } from './types';
