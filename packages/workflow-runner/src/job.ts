import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { jobClaims } from '@pypi-release/oidc-issuer';
import { asString, type Contexts, condition, evaluateEnv, evaluateValue } from './expressions';
import { freshJobEnv } from './job-env';
import type { RunContext } from './run-context';
import { runStep, type StepScope } from './steps';
import type { JobDef, JobResult, StepResult, Yaml } from './types';
import { foreignLabels } from './workflow-graph';

/** The reusable workflow a job belongs to (for its OIDC `job_workflow_ref`). */
export interface Inside {
  readonly file: string;
  readonly ref: string;
}

/**
 * Runs one job with steps (`id` as shown, `key` its key under `jobs:`) on a fresh job environment: its own
 * workspace and HOME, pip pointed at the local index only, the OIDC variables only with `id-token: write`.
 * `contexts.env` holds the workflow's `env:`.
 */
export async function runStepsJob(
  run: RunContext,
  id: string,
  key: string,
  job: JobDef,
  contexts: Contexts,
  inside: Inside | undefined,
): Promise<JobResult> {
  const jobNumber = run.nextJob();
  for (const label of foreignLabels(evaluateValue(job['runs-on'], contexts)))
    run.map(
      `runs-on ${label} → this machine (${process.platform} ${process.arch}): one local machine runs every job`,
    );
  const environment = environmentOf(job, contexts);
  if (environment !== undefined) {
    const verdict = rejected(run, environment) ? 'rejected' : 'approved';
    run.approvals.push(`approval requested for environment ${environment} (job ${id}): ${verdict}`);
    if (verdict === 'rejected')
      return {
        id,
        outcome: 'rejected',
        reason: `approval for environment ${environment} rejected`,
        environment,
        outputs: {},
        steps: [],
        summary: '',
      };
  }
  const claims = jobClaims({
    repository: run.callerRepository,
    ...(run.options.ownerId === undefined ? {} : { ownerId: run.options.ownerId }),
    workflow: run.callerFile,
    ref: run.ref,
    ...(environment === undefined ? {} : { environment }),
    ...(inside === undefined
      ? {}
      : { reusableWorkflow: { repository: run.toolkitRepository, file: inside.file, ref: inside.ref } }),
  });
  run.issuer.setJob(claims);
  const idToken = (job.permissions as Yaml | undefined)?.['id-token'] === 'write';
  const folder = join(run.options.workDir, `job-${jobNumber}-${id.replace(/[^a-zA-Z0-9-]+/g, '_')}`);
  const workspace = join(folder, 'workspace');
  const home = join(folder, 'home');
  // One RUNNER_TEMP for the whole job, as on GitHub (emptied at the job's start and end there; kept here until the
  // run's folder is removed, so that what a step wrote, e.g. attestations, can be inspected after the run).
  const runnerTemp = join(folder, 'temp');
  await Promise.all([workspace, home, runnerTemp].map((dir) => mkdir(dir, { recursive: true })));
  const userEnv = evaluateEnv(job.env, contexts, contexts.env as Record<string, string>);
  const jobEnv: Record<string, string> = {
    ...freshJobEnv(home, run.simpleUrl),
    ...userEnv,
    ...run.artifacts.envFor(run.runId, jobNumber),
    GITHUB_REPOSITORY: run.callerRepository,
    GITHUB_REF: run.ref,
    GITHUB_SHA: claims.sha,
    GITHUB_RUN_ID: String(run.runId),
    GITHUB_JOB: key,
    GITHUB_WORKFLOW_REF: claims.workflow_ref,
    RUNNER_TEMP: runnerTemp,
    SOURCE_DATE_EPOCH: '1700000000',
    ...(idToken
      ? {
          ACTIONS_ID_TOKEN_REQUEST_URL: run.issuer.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: run.issuer.requestToken,
        }
      : {}),
  };
  const steps: StepResult[] = [];
  const stepOutputs: Record<
    string,
    { outputs: Record<string, string>; outcome: string; conclusion: string }
  > = {};
  const scope: StepScope = {
    project: run.options.project,
    workspace,
    folder,
    toolkitRoot: run.toolkitRoot,
    toolkitRepository: run.toolkitRepository,
    repositoryUrl: run.options.repositoryUrl,
    indexes: run.options.indexes ?? {},
    simpleUrl: run.simpleUrl,
    ...(run.options.sigstore ? { sigstore: run.options.sigstore } : {}),
    basePython: run.basePython,
    cacheDir: run.cacheDir,
    env: jobEnv,
    path: [],
    masks: run.masks,
    map: run.map,
  };
  let failed = false;
  for (const [n, step] of (job.steps ?? []).entries()) {
    const name = String(step.name ?? step.uses ?? `run ${n + 1}`);
    const stepContexts = { ...contexts, env: userEnv, steps: stepOutputs };
    if (failed || !condition(step.if, stepContexts)) {
      steps.push({ name, outcome: 'skipped', outputs: {}, log: '', summary: '' });
      continue;
    }
    const result = await runStep(step, name, stepContexts, scope);
    steps.push(result);
    if (typeof step.id === 'string')
      stepOutputs[step.id] = { outputs: result.outputs, outcome: result.outcome, conclusion: result.outcome };
    if (result.outcome === 'failure') failed = true;
  }
  const outputs: Record<string, string> = {};
  if (!failed) {
    for (const [name, value] of Object.entries((job.outputs as Yaml | undefined) ?? {}))
      outputs[name] = asString(evaluateValue(value, { ...contexts, steps: stepOutputs }));
  }
  return {
    id,
    outcome: failed ? 'failure' : 'success',
    ...(environment === undefined ? {} : { environment }),
    outputs,
    steps,
    summary: steps.map((s) => s.summary).join(''),
    claims: { workflow_ref: claims.workflow_ref, job_workflow_ref: claims.job_workflow_ref },
  };
}

function environmentOf(job: JobDef, contexts: Contexts): string | undefined {
  const value = job.environment;
  if (value === undefined) return undefined;
  const name = typeof value === 'object' && value !== null ? (value as Yaml).name : value;
  return asString(evaluateValue(name, contexts));
}

function rejected(run: RunContext, environment: string): boolean {
  const reject = run.options.rejectApproval;
  return reject === true || (Array.isArray(reject) && reject.includes(environment));
}
