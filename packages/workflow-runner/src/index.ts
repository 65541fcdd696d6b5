export { condition, evaluate, evaluateValue } from './expressions';
export {
  formatRun,
  type JobResult,
  type Outcome,
  type RunWorkflowOptions,
  runWorkflow,
  type StepResult,
  type WorkflowRunResult,
} from './runner';
