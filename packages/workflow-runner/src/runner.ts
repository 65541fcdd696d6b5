import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { formatRun } from './format';
import { BASE_PYTHON } from './fresh-python';
import { runJobs } from './jobs';
import type { RunContext } from './run-context';
import type { JobResult, RunWorkflowOptions, WorkflowRunResult } from './types';
import { InvalidWorkflowError, loadWorkflow, toolkitResolver } from './workflow-model';

/** Runs a caller workflow (and the reusable workflows it calls) on the local stack. */
export async function runWorkflow(options: RunWorkflowOptions): Promise<WorkflowRunResult> {
  const callerFile = options.workflowFile ?? basename(options.caller);
  const toolkitRoot = options.toolkitRoot ?? join(import.meta.dirname, '../../..');
  const mappings: string[] = [];
  const jobs: JobResult[] = [];
  let loaded: Awaited<ReturnType<typeof loadWorkflow>>;
  try {
    loaded = await loadWorkflow(
      basename(options.caller),
      await readFile(options.caller, 'utf8'),
      toolkitResolver(toolkitRoot),
    );
  } catch (error) {
    if (!(error instanceof InvalidWorkflowError)) throw error;
    const partial = { ok: false, jobs, outputs: {}, mappings, approvals: [] };
    return { ...partial, text: `${error.message}\n${formatRun(partial)}` };
  }
  const { model, called } = loaded;
  let jobNumber = 0;
  const run: RunContext = {
    options,
    toolkitRoot,
    callerRepository: options.callerRepository ?? 'octo-org/octo-repo',
    toolkitRepository: options.toolkitRepository ?? 'org/toolkit',
    callerFile,
    ref: options.ref ?? 'refs/tags/v1.0.0',
    runId: options.runId ?? 9000 + Math.floor(Math.random() * 1000),
    simpleUrl: options.simpleUrl ?? options.repositoryUrl.replace(/\/legacy\/?$/, '/simple/'),
    basePython: options.python ?? BASE_PYTHON,
    cacheDir: options.cacheDir ?? join(import.meta.dirname, '../../../.cache'),
    issuer: options.issuer,
    artifacts: options.artifacts,
    github: {
      repository: options.callerRepository ?? 'octo-org/octo-repo',
      ref: options.ref ?? 'refs/tags/v1.0.0',
      workflow: model.name ?? callerFile,
      event_name: 'push',
    },
    jobs,
    approvals: [],
    masks: new Set<string>(),
    workflowOutputs: {},
    map: (text) => {
      if (!mappings.includes(text)) mappings.push(text);
    },
    nextJob: () => {
      jobNumber += 1;
      return jobNumber;
    },
  };
  const secrets = { ...(options.secrets ?? {}) };
  for (const value of Object.values(secrets)) if (value !== '') run.masks.add(value);
  const done = await runJobs(
    run,
    model.jobs,
    { github: run.github, secrets, inputs: {}, env: model.env },
    '',
    undefined,
    called,
  );
  for (const [id, d] of Object.entries(done)) run.workflowOutputs[id] ??= d.outputs;
  const ok = jobs.every(
    (j) => j.outcome === 'success' || (j.outcome === 'skipped' && !j.reason?.startsWith('needs')),
  );
  const partial = { ok, jobs, outputs: run.workflowOutputs, mappings, approvals: run.approvals };
  return { ...partial, text: formatRun(partial) };
}
