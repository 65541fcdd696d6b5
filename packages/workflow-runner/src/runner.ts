import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseFileCommands, readActionManifest, runAction } from '@pypi-release/actions-runtime';
import type { ArtifactService } from '@pypi-release/artifact-service';
import { jobClaims, type OidcIssuer } from '@pypi-release/oidc-issuer';
import { SYSTEM_PYTHON } from '@pypi-release/testkit';
import { parse } from 'yaml';
import { asString, type Contexts, condition, evaluateValue } from './expressions';

export interface RunWorkflowOptions {
  /** The caller workflow file (a workflow whose jobs call pypi-release.yml, or not). */
  readonly caller: string;
  /** The project the `actions/checkout` steps copy into each job's workspace. */
  readonly project: string;
  /** Where the jobs' workspaces go. */
  readonly workDir: string;
  readonly issuer: OidcIssuer;
  readonly artifacts: ArtifactService;
  /** The local index's upload URL: every `repository-url` of a publish step is pointed there. */
  readonly repositoryUrl: string;
  /** The root of the toolkit (holding `.github/workflows/pypi-release.yml` and `actions/`). Default: this repository. */
  readonly toolkitRoot?: string;
  /** The caller's file name under `.github/workflows/` (in `workflow_ref`). Default: the name of `caller`. */
  readonly workflowFile?: string;
  /** The repository the caller workflow lives in. Default `octo-org/octo-repo`. */
  readonly callerRepository?: string;
  /** The repository of the reusable workflow and actions. Default `org/toolkit`; equal to `callerRepository` for a same-repository call. */
  readonly toolkitRepository?: string;
  readonly ownerId?: string;
  /** The caller's ref. Default `refs/tags/v1.0.0`. */
  readonly ref?: string;
  readonly secrets?: Readonly<Record<string, string>>;
  /** Reject every environment approval (`true`) or those of the named environments. */
  readonly rejectApproval?: boolean | readonly string[];
  readonly runId?: number;
}

export type Outcome = 'success' | 'failure' | 'skipped' | 'rejected';

export interface StepResult {
  readonly name: string;
  readonly outcome: Outcome;
  readonly outputs: Record<string, string>;
  readonly log: string;
  readonly summary: string;
  /** How a third-party step was mapped to a local equivalent. */
  readonly mapped?: string;
}

export interface JobResult {
  /** `caller-job` or `caller-job / reusable-job`. */
  readonly id: string;
  readonly outcome: Outcome;
  readonly reason?: string;
  readonly environment?: string;
  readonly outputs: Record<string, string>;
  readonly steps: StepResult[];
  readonly summary: string;
  readonly claims?: { readonly workflow_ref: string; readonly job_workflow_ref: string };
}

export interface WorkflowRunResult {
  /** No job failed or was rejected. */
  readonly ok: boolean;
  readonly jobs: JobResult[];
  /** The caller jobs' outputs (for a reusable-workflow call: the workflow's outputs). */
  readonly outputs: Record<string, Record<string, string>>;
  /** Every third-party step or setting mapped to a local equivalent. */
  readonly mappings: string[];
  /** `approval requested for environment X: approved|rejected`. */
  readonly approvals: string[];
  readonly text: string;
}

type Yaml = Record<string, unknown>;
type JobDef = Yaml & { steps?: Yaml[]; needs?: string | string[]; uses?: string };

const REUSABLE = /^(?:([^/]+\/[^/]+)\/|\.\/)\.github\/workflows\/([^@]+?)(?:@(.+))?$/;
const TOOLKIT_ACTION = /^(?:\$|\.|[^/]+\/[^/]+)\/actions\/([a-z-]+)(?:@.+)?$/;

function needsOf(job: JobDef): string[] {
  if (job.needs === undefined) return [];
  return Array.isArray(job.needs) ? job.needs : [job.needs];
}

/** Jobs in `needs` order (a job runs once everything it needs has run). */
function ordered(jobs: Record<string, JobDef>): string[] {
  const done: string[] = [];
  const pending = Object.keys(jobs);
  while (pending.length > 0) {
    const next = pending.findIndex((id) => needsOf(jobs[id] ?? {}).every((n) => done.includes(n)));
    if (next < 0) throw new Error(`jobs with unsatisfiable needs: ${pending.join(', ')}`);
    done.push(...pending.splice(next, 1));
  }
  return done;
}

function matrixCombos(job: JobDef): Record<string, unknown>[] {
  const matrix = (job.strategy as Yaml | undefined)?.matrix as Yaml | undefined;
  if (!matrix) return [{}];
  let combos: Record<string, unknown>[] = [{}];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude' || !Array.isArray(values)) continue;
    combos = combos.flatMap((c) => values.map((v: unknown) => ({ ...c, [key]: v })));
  }
  return combos;
}

function refOf(version: string | undefined): string {
  if (version === undefined) return 'refs/heads/main';
  if (/^[0-9a-f]{40}$/.test(version) || version.startsWith('refs/')) return version;
  return /^v\d/.test(version) ? `refs/tags/${version}` : `refs/heads/${version}`;
}

function runBash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; log: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => {
      log += c;
    });
    child.stderr.setEncoding('utf8').on('data', (c: string) => {
      log += c;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, log }));
  });
}

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

  /** Runs one job with steps; `inside` names the reusable workflow it belongs to, if any. */
  async function runStepsJob(
    id: string,
    job: JobDef,
    contexts: Contexts,
    inside: { file: string; ref: string } | undefined,
  ): Promise<JobResult> {
    jobNumber += 1;
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
    const jobEnv: Record<string, string> = {
      ...options.artifacts.envFor(runId, jobNumber),
      GITHUB_REPOSITORY: callerRepository,
      GITHUB_REF: ref,
      GITHUB_RUN_ID: String(runId),
      GITHUB_JOB: id.split(' / ').at(-1) ?? id,
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
    let python: string | undefined;
    let failed = false;
    for (const [n, step] of (job.steps ?? []).entries()) {
      const uses = step.uses === undefined ? undefined : String(step.uses);
      const name = String(step.name ?? uses ?? `run ${n + 1}`);
      const stepContexts = { ...contexts, steps: stepOutputs };
      if (failed || !condition(step.if, stepContexts)) {
        steps.push({ name, outcome: 'skipped', outputs: {}, log: '', summary: '' });
        continue;
      }
      const withs: Record<string, string> = {};
      for (const [key, value] of Object.entries((step.with as Yaml | undefined) ?? {}))
        withs[key] = asString(evaluateValue(value, stepContexts));
      const env: Record<string, string> = { ...jobEnv };
      for (const [key, value] of Object.entries((step.env as Yaml | undefined) ?? {}))
        env[key] = asString(evaluateValue(value, stepContexts));
      let result: StepResult;
      const action = uses === undefined ? undefined : TOOLKIT_ACTION.exec(uses)?.[1];
      if (uses?.startsWith('actions/checkout@')) {
        await cp(options.project, workspace, { recursive: true });
        const mapped = `${uses} → copy of the project fixture ${options.project}`;
        map(mapped);
        result = {
          name,
          outcome: 'success',
          outputs: {},
          log: `checked out ${options.project}`,
          summary: '',
          mapped,
        };
      } else if (uses?.startsWith('actions/setup-python@')) {
        python = SYSTEM_PYTHON;
        const mapped = `${uses} (python-version ${withs['python-version'] ?? 'unset'}) → Debian's ${SYSTEM_PYTHON}; the build step's \`python\` input set to it, with \`isolation: false\` and \`--skip-dependency-check\` (offline: no index to fetch build requirements from)`;
        map(mapped);
        result = {
          name,
          outcome: 'success',
          outputs: { 'python-path': SYSTEM_PYTHON },
          log: '',
          summary: '',
          mapped,
        };
      } else if (action !== undefined) {
        const actionDir = join(toolkitRoot, 'actions', action);
        const manifest = await readActionManifest(actionDir);
        let mapped: string | undefined;
        if (uses !== undefined && !uses.startsWith('$/') && !uses.startsWith('./'))
          map(`${uses} → ${toolkitRepository}'s actions/${action} (bundled dist/index.js of this checkout)`);
        if (action === 'build' && python !== undefined) {
          withs.python ??= python;
          withs.isolation ??= 'false';
          withs.args ??= '--skip-dependency-check';
        }
        if ('repository-url' in manifest.inputs) {
          const from = withs['repository-url'] ?? manifest.inputs['repository-url']?.default ?? '';
          withs['repository-url'] = options.repositoryUrl;
          mapped = `repository-url ${from} → the local index ${options.repositoryUrl}`;
          map(mapped);
        }
        for (const [key, spec] of Object.entries(manifest.inputs)) {
          if (withs[key] === undefined && spec.default?.includes('$' + '{{'))
            withs[key] = asString(evaluateValue(spec.default, stepContexts));
        }
        const ran = await runAction({ actionDir, workspace, inputs: withs, env });
        const log = shown(`${ran.stdout}${ran.stderr}`, masks);
        result = {
          name,
          outcome: ran.exitCode === 0 ? 'success' : 'failure',
          outputs: ran.outputs,
          log,
          summary: ran.summary,
          ...(mapped === undefined ? {} : { mapped }),
        };
      } else if (step.run !== undefined) {
        const home = await mkdtemp(join(tmpdir(), 'run-step-'));
        try {
          const output = join(home, 'output');
          await writeFile(output, '');
          const cwd =
            step['working-directory'] === undefined
              ? workspace
              : join(workspace, String(step['working-directory']));
          const ran = await runBash(String(step.run), cwd, {
            PATH: `${python === undefined ? '' : '/usr/bin:'}${process.env.PATH ?? ''}`,
            HOME: process.env.HOME ?? home,
            GITHUB_OUTPUT: output,
            GITHUB_WORKSPACE: workspace,
            ...env,
          });
          result = {
            name,
            outcome: ran.code === 0 ? 'success' : 'failure',
            outputs: parseFileCommands(await readFile(output, 'utf8')),
            log: shown(ran.log, masks),
            summary: '',
          };
        } finally {
          await rm(home, { recursive: true, force: true });
        }
      } else {
        result = {
          name,
          outcome: 'failure',
          outputs: {},
          log: `no local equivalent for ${uses}`,
          summary: '',
        };
      }
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
      const contexts = { ...base, needs };
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
          const result = await runStepsJob(`${label}${suffix}`, job, withMatrix, inside);
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
      { github, inputs, secrets },
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
    { github, secrets, inputs: {} },
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

/**
 * A step's log as the runner shows it: `::add-mask::` registers a secret (for the rest of the run) and, like
 * `::debug::`, `::group::` and `::endgroup::`, is consumed (not between `::stop-commands::` and its end
 * token, which are consumed themselves); every secret is replaced by `***`.
 */
function shown(log: string, masks: Set<string>): string {
  const kept: string[] = [];
  let stopped: string | undefined;
  for (const line of log.split('\n')) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
      else kept.push(line);
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopped = stop[1];
      continue;
    }
    const mask = /^::add-mask::(.*)$/.exec(line);
    if (mask) {
      if ((mask[1] ?? '') !== '') masks.add(mask[1] ?? '');
      continue;
    }
    if (/^::(debug|group|endgroup)::/.test(line)) continue;
    kept.push(line);
  }
  let text = kept.join('\n');
  for (const secret of [...masks].sort((a, b) => b.length - a.length)) text = text.split(secret).join('***');
  return text;
}

const MARK: Record<Outcome, string> = { success: '✓', failure: '✗', skipped: '–', rejected: '⊘' };

/** The run as text: mapped steps, approvals, each job with its steps, outputs and summary. */
export function formatRun(run: Omit<WorkflowRunResult, 'text'>): string {
  const lines: string[] = ['Mapped to local equivalents:'];
  for (const m of run.mappings) lines.push(`  • ${m}`);
  if (run.approvals.length > 0) lines.push('', 'Environment gates:', ...run.approvals.map((a) => `  • ${a}`));
  for (const job of run.jobs) {
    lines.push(
      '',
      `${MARK[job.outcome]} job ${job.id}: ${job.outcome}${job.reason ? ` (${job.reason})` : ''}`,
    );
    if (job.claims)
      lines.push(
        `    OIDC workflow_ref ${job.claims.workflow_ref}`,
        `    OIDC job_workflow_ref ${job.claims.job_workflow_ref}`,
      );
    for (const step of job.steps) lines.push(`    ${MARK[step.outcome]} ${step.name}`);
    for (const [key, value] of Object.entries(job.outputs)) lines.push(`    output ${key} = ${value}`);
    if (job.summary.trim() !== '')
      lines.push(
        '    summary:',
        ...job.summary
          .trim()
          .split('\n')
          .map((l) => `      ${l}`),
      );
  }
  lines.push('', run.ok ? 'Run succeeded.' : 'Run failed.');
  return `${lines.join('\n')}\n`;
}
