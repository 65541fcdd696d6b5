import { basename } from 'node:path';
import { asString, type Contexts, condition, evaluateEnv, evaluateValue } from './expressions';
import { type Inside, runStepsJob } from './job';
import { matrixCombos } from './matrix';
import type { RunContext } from './run-context';
import type { JobDef, Outcome, Yaml } from './types';
import { needsOf, ordered, REUSABLE, refOf } from './workflow-graph';
import type { CalledWorkflow } from './workflow-model';

export interface JobDone {
  readonly outcome: Outcome;
  readonly outputs: Record<string, string>;
}

/** Runs the jobs of one workflow file in `needs` order; returns each job's result by its id in that file. */
export async function runJobs(
  run: RunContext,
  defs: Record<string, JobDef>,
  base: Contexts,
  prefix: string,
  inside: Inside | undefined,
  called: ReadonlyMap<string, CalledWorkflow> = new Map(),
): Promise<Record<string, JobDone>> {
  const done: Record<string, JobDone> = {};
  const workflowEnv = evaluateEnv(base.env, { ...base, env: {} });
  const skip = (id: string, label: string, reason: string): void => {
    run.jobs.push({ id: label, outcome: 'skipped', reason, outputs: {}, steps: [], summary: '' });
    done[id] = { outcome: 'skipped', outputs: {} };
  };
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
      skip(id, label, `needs ${unmet.join(', ')}`);
      continue;
    }
    if (!condition(job.if, contexts)) {
      skip(id, label, `if: ${String(job.if)}`);
      continue;
    }
    let last: JobDone = { outcome: 'success', outputs: {} };
    for (const matrix of matrixCombos(job)) {
      const withMatrix = { ...contexts, matrix };
      const suffix =
        Object.keys(matrix).length > 0 ? ` (${Object.values(matrix).map(asString).join(', ')})` : '';
      const call = called.get(id);
      if (job.uses !== undefined && call !== undefined) {
        last = await callReusable(run, `${label}${suffix}`, job, call, withMatrix);
      } else if (job.uses !== undefined) {
        const reason = `uses: ${job.uses}: a reusable workflow called from a reusable workflow is not modelled by the local runner`;
        run.jobs.push({
          id: `${label}${suffix}`,
          outcome: 'failure',
          reason,
          outputs: {},
          steps: [],
          summary: '',
        });
        last = { outcome: 'failure', outputs: {} };
      } else {
        const result = await runStepsJob(run, `${label}${suffix}`, id, job, withMatrix, inside);
        run.jobs.push(result);
        last = { outcome: result.outcome, outputs: { ...last.outputs, ...result.outputs } };
      }
      if (last.outcome !== 'success') break;
    }
    done[id] = last;
  }
  return done;
}

/** A job that calls a reusable workflow: its inputs and secrets, its jobs, its outputs. */
async function callReusable(
  run: RunContext,
  label: string,
  job: JobDef,
  called: CalledWorkflow,
  contexts: Contexts,
): Promise<JobDone> {
  const match = REUSABLE.exec(String(job.uses));
  if (!match) throw new Error(`${label}: cannot resolve uses: ${String(job.uses)}`);
  const file = match[2] ?? '';
  const calledFrom = match[1];
  if (calledFrom !== undefined && calledFrom !== run.toolkitRepository)
    run.map(`${calledFrom}/.github/workflows/${file} → ${run.toolkitRepository}'s (this checkout's ${file})`);
  const inputs: Record<string, unknown> = {};
  const given = (job.with as Yaml | undefined) ?? {};
  for (const [key, spec] of Object.entries(called.inputs)) {
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
  const inside = { file: basename(file), ref: calledFrom === undefined ? run.ref : refOf(match[3]) };
  const done = await runJobs(
    run,
    called.model.jobs,
    { github: run.github, inputs, secrets, env: called.model.env },
    `${label} / `,
    inside,
  );
  const failed = Object.values(done).some((d) => d.outcome === 'failure' || d.outcome === 'rejected');
  const jobsContext = Object.fromEntries(
    Object.entries(done).map(([k, d]) => [k, { result: d.outcome, outputs: d.outputs }]),
  );
  const outputs: Record<string, string> = {};
  for (const [key, value] of Object.entries(called.outputs))
    outputs[key] = asString(evaluateValue(value, { github: run.github, inputs, jobs: jobsContext }));
  run.workflowOutputs[label] = outputs;
  return { outcome: failed ? 'failure' : 'success', outputs };
}
