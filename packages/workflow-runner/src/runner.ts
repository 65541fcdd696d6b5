import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { jobClaims } from '@pypi-release/oidc-issuer';
import { parse } from 'yaml';
import { asString, type Contexts, condition, evaluateEnv, evaluateValue } from './expressions';
import { formatRun } from './format';
import { matrixCombos } from './matrix';
import { runStep, type StepScope } from './steps';
import type {
  JobDef,
  JobResult,
  Outcome,
  RunWorkflowOptions,
  StepResult,
  WorkflowRunResult,
  Yaml,
} from './types';
import { foreignLabels, needsOf, ordered, REUSABLE, refOf } from './workflow-graph';

/** Runs a caller workflow (and the reusable workflows it calls) on the local stack. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
  const toolkitRoot = options.toolkitRoot ?? join(import.meta.dirname, '../../..');
  const callerRepository = options.callerRepository ?? 'octo-org/octo-repo';
  const toolkitRepository = options.toolkitRepository ?? 'org/toolkit';
  const ref = options.ref ?? 'refs/tags/v1.0.0';
  const runId = options.runId ?? 9000 + Math.floor(Math.random() * 1000);
  const callerFile = options.workflowFile ?? basename(options.caller);
  const caller = parse(await readFile(options.caller, 'utf8')) as Yaml;
  const jobs: JobResult[] = [];
  const mappings: string[] = [];
  const approvals: string[] = [];
  const masks = new Set<string>();
  const workflowOutputs: Record<string, Record<string, string>> = {};
  let jobNumber = 0;
  const github = {
    repository: callerRepository,
    ref,
    workflow: String(caller.name ?? callerFile),
    event_name: 'push',
  };
  const map = (text: string): void => {
    if (!mappings.includes(text)) mappings.push(text);
  };

  const rejected = (environment: string): boolean =>
    options.rejectApproval === true ||
    (Array.isArray(options.rejectApproval) && options.rejectApproval.includes(environment));

  /**
   * Runs one job with steps (`id` as shown, `key` its key under `jobs:`); `inside` names the reusable workflow it
   * belongs to, if any. `contexts.env` holds the workflow's `env:`.
   */
  async function runStepsJob(
    id: string,
    key: string,
    job: JobDef,
    contexts: Contexts,
    inside: { file: string; ref: string } | undefined,
  ): Promise<JobResult> {
    jobNumber += 1;
    for (const label of foreignLabels(evaluateValue(job['runs-on'], contexts)))
      map(
        `runs-on ${label} → this machine (${process.platform} ${process.arch}): one local machine runs every job`,
      );
    const environmentValue = job.environment;
    const environment =
      environmentValue === undefined
        ? undefined
        : asString(
            evaluateValue(
              typeof environmentValue === 'object' && environmentValue !== null
                ? (environmentValue as Yaml).name
                : environmentValue,
              contexts,
            ),
          );
    if (environment !== undefined) {
      const verdict = rejected(environment) ? 'rejected' : 'approved';
      approvals.push(`approval requested for environment ${environment} (job ${id}): ${verdict}`);
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
      repository: callerRepository,
      ...(options.ownerId === undefined ? {} : { ownerId: options.ownerId }),
      workflow: callerFile,
      ref,
      ...(environment === undefined ? {} : { environment }),
      ...(inside === undefined
        ? {}
        : { reusableWorkflow: { repository: toolkitRepository, file: inside.file, ref: inside.ref } }),
    });
    options.issuer.setJob(claims);
    const permissions = job.permissions as Yaml | undefined;
    const idToken = permissions?.['id-token'] === 'write';
    const workspace = join(options.workDir, `job-${jobNumber}-${id.replace(/[^a-zA-Z0-9-]+/g, '_')}`);
    await mkdir(workspace, { recursive: true });
    const userEnv = evaluateEnv(job.env, contexts, contexts.env as Record<string, string>);
    const jobEnv: Record<string, string> = {
      ...userEnv,
      ...options.artifacts.envFor(runId, jobNumber),
      GITHUB_REPOSITORY: callerRepository,
      GITHUB_REF: ref,
      GITHUB_SHA: claims.sha,
      GITHUB_RUN_ID: String(runId),
      GITHUB_JOB: key,
      GITHUB_WORKFLOW_REF: claims.workflow_ref,
      SOURCE_DATE_EPOCH: '1700000000',
      ...(idToken
        ? {
            ACTIONS_ID_TOKEN_REQUEST_URL: options.issuer.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: options.issuer.requestToken,
          }
        : {}),
    };
    const steps: StepResult[] = [];
    const stepOutputs: Record<
      string,
      { outputs: Record<string, string>; outcome: string; conclusion: string }
    > = {};
    const scope: StepScope = {
      project: options.project,
      workspace,
      toolkitRoot,
      toolkitRepository,
      repositoryUrl: options.repositoryUrl,
      env: jobEnv,
      masks,
      map,
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
        stepOutputs[step.id] = {
          outputs: result.outputs,
          outcome: result.outcome,
          conclusion: result.outcome,
        };
      if (result.outcome === 'failure') failed = true;
    }
    const outputs: Record<string, string> = {};
    if (!failed) {
      for (const [key, value] of Object.entries((job.outputs as Yaml | undefined) ?? {}))
        outputs[key] = asString(evaluateValue(value, { ...contexts, steps: stepOutputs }));
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

  /** Runs the jobs of one workflow file; returns each job's result by its id in that file. */
  async function runJobs(
    defs: Record<string, JobDef>,
    base: Contexts,
    prefix: string,
    inside: { file: string; ref: string } | undefined,
  ): Promise<Record<string, { outcome: Outcome; outputs: Record<string, string> }>> {
    const done: Record<string, { outcome: Outcome; outputs: Record<string, string> }> = {};
    const workflowEnv = evaluateEnv(base.env, { ...base, env: {} });
    for (const id of ordered(defs)) {
      const job = defs[id] ?? {};
      const label = `${prefix}${id}`;
      const needs = Object.fromEntries(
        needsOf(job).map((n) => [
          n,
          { result: done[n]?.outcome === 'success' ? 'success' : 'failure', outputs: done[n]?.outputs ?? {} },
        ]),
      );
      const unmet = needsOf(job).filter((n) => done[n]?.outcome !== 'success');
      const contexts = { ...base, env: workflowEnv, needs };
      if (unmet.length > 0) {
        jobs.push({
          id: label,
          outcome: 'skipped',
          reason: `needs ${unmet.join(', ')}`,
          outputs: {},
          steps: [],
          summary: '',
        });
        done[id] = { outcome: 'skipped', outputs: {} };
        continue;
      }
      if (!condition(job.if, contexts)) {
        jobs.push({
          id: label,
          outcome: 'skipped',
          reason: `if: ${String(job.if)}`,
          outputs: {},
          steps: [],
          summary: '',
        });
        done[id] = { outcome: 'skipped', outputs: {} };
        continue;
      }
      let last: { outcome: Outcome; outputs: Record<string, string> } = { outcome: 'success', outputs: {} };
      for (const matrix of matrixCombos(job)) {
        const withMatrix = { ...contexts, matrix };
        const suffix =
          Object.keys(matrix).length > 0 ? ` (${Object.values(matrix).map(asString).join(', ')})` : '';
        if (job.uses !== undefined) {
          last = await callReusable(`${label}${suffix}`, job, withMatrix);
        } else {
          const result = await runStepsJob(`${label}${suffix}`, id, job, withMatrix, inside);
          jobs.push(result);
          last = { outcome: result.outcome, outputs: { ...last.outputs, ...result.outputs } };
        }
        if (last.outcome !== 'success') break;
      }
      done[id] = last;
    }
    return done;
  }

  async function callReusable(
    label: string,
    job: JobDef,
    contexts: Contexts,
  ): Promise<{ outcome: Outcome; outputs: Record<string, string> }> {
    const match = REUSABLE.exec(String(job.uses));
    if (!match) throw new Error(`${label}: cannot resolve uses: ${String(job.uses)}`);
    const file = match[2] ?? '';
    const calledFrom = match[1];
    const calledRef = calledFrom === undefined ? ref : refOf(match[3]);
    if (calledFrom !== undefined && calledFrom !== toolkitRepository)
      map(`${calledFrom}/.github/workflows/${file} → ${toolkitRepository}'s (this checkout's ${file})`);
    const called = parse(await readFile(join(toolkitRoot, '.github/workflows', file), 'utf8')) as Yaml;
    const call = ((called.on as Yaml | undefined)?.workflow_call ?? {}) as Yaml;
    const inputs: Record<string, unknown> = {};
    const given = (job.with as Yaml | undefined) ?? {};
    for (const [key, spec] of Object.entries((call.inputs as Record<string, Yaml> | undefined) ?? {})) {
      const value = key in given ? evaluateValue(given[key], contexts) : spec.default;
      inputs[key] =
        spec.type === 'boolean'
          ? value === true || value === 'true'
          : spec.type === 'number'
            ? Number(value)
            : value;
    }
    const secrets: Record<string, string> = {};
    for (const [key, value] of Object.entries((job.secrets as Yaml | undefined) ?? {}))
      secrets[key] = asString(evaluateValue(value, contexts));
    const inside = {
      file: basename(file),
      ref: calledFrom === undefined ? ref : calledRef,
    };
    const done = await runJobs(
      (called.jobs as Record<string, JobDef> | undefined) ?? {},
      { github, inputs, secrets, env: called.env ?? {} },
      `${label} / `,
      { ...inside },
    );
    const failed = Object.values(done).some((d) => d.outcome === 'failure' || d.outcome === 'rejected');
    const jobsContext = Object.fromEntries(
      Object.entries(done).map(([k, d]) => [k, { result: d.outcome, outputs: d.outputs }]),
    );
    const outputs: Record<string, string> = {};
    for (const [key, spec] of Object.entries((call.outputs as Record<string, Yaml> | undefined) ?? {}))
      outputs[key] = asString(evaluateValue(spec.value, { github, inputs, jobs: jobsContext }));
    workflowOutputs[label] = outputs;
    return { outcome: failed ? 'failure' : 'success', outputs };
  }

  const secrets = { ...(options.secrets ?? {}) };
  for (const value of Object.values(secrets)) if (value !== '') masks.add(value);
  const done = await runJobs(
    (caller.jobs as Record<string, JobDef> | undefined) ?? {},
    { github, secrets, inputs: {}, env: caller.env ?? {} },
    '',
    undefined,
  );
  for (const [id, d] of Object.entries(done)) workflowOutputs[id] ??= d.outputs;
  const ok = jobs.every(
    (j) => j.outcome === 'success' || (j.outcome === 'skipped' && !j.reason?.startsWith('needs')),
  );
  const partial = { ok, jobs, outputs: workflowOutputs, mappings, approvals };
  return { ...partial, text: formatRun(partial) };
}
