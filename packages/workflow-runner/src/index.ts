export { condition, evaluate, evaluateValue } from './expressions';
export { formatRun } from './format';
export { runWorkflow } from './runner';
export type { JobResult, Outcome, RunWorkflowOptions, StepResult, WorkflowRunResult } from './types';
