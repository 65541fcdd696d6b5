import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import type { WorkflowJob } from '@actions/workflow-parser/model/workflow-template';
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { parse } from 'yaml';
import type { JobDef, Yaml } from './types';

/** A workflow as the runner runs it: GitHub's parsed template, in plain values (`${{ expr }}` for expressions). */
export interface WorkflowModel {
  /** The workflow's `name:` */
  readonly name?: string;
  readonly env: Yaml;
  readonly jobs: Record<string, JobDef>;
}

/** The workflow a job calls, as GitHub's parser inlined it. */
export interface CalledWorkflow {
  /** `<owner>/<repo>/.github/workflows/<file>@<ref>` or `./.github/workflows/<file>`, as written. */
  readonly uses: string;
  /** `on.workflow_call.inputs`: type and default of each. */
  readonly inputs: Record<string, { readonly type?: string; readonly default?: unknown }>;
  /** `on.workflow_call.outputs`: each output's `value` expression. */
  readonly outputs: Record<string, unknown>;
  readonly model: WorkflowModel;
}

export class InvalidWorkflowError extends Error {
  readonly code = 'invalid-workflow';
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(
      `Invalid workflow file ${file}: ${problems.join('; ')} (GitHub's parser, @actions/workflow-parser, refuses it; GitHub would run no job of it: fix the file)`,
    );
    this.name = 'InvalidWorkflowError';
  }
}

const OPEN = '$' + '{{';

/** A template token as a plain value: mappings, sequences, scalars; an expression as `${{ expr }}`. */
export function plain(token: TemplateToken | undefined): unknown {
  if (token === undefined) return undefined;
  return fromSerialized(JSON.parse(JSON.stringify(token)) as unknown);
}

function fromSerialized(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const node = value as {
    type?: number;
    map?: { Key: unknown; Value: unknown }[];
    seq?: unknown[];
    expr?: string;
  };
  if (node.map !== undefined)
    return Object.fromEntries(
      node.map.map(({ Key, Value }) => [String(fromSerialized(Key)), fromSerialized(Value)]),
    );
  if (node.seq !== undefined) return node.seq.map(fromSerialized);
  if (node.expr !== undefined) return `${OPEN} ${node.expr} }}`;
  return value;
}

/**
 * Reads a workflow with GitHub's own parser (`parseWorkflow`, then `convertWorkflowTemplate`, which also loads and
 * checks each called reusable workflow through `resolve`): jobs, `needs`, `if` (with GitHub's implicit
 * `success() && …`), matrices, outputs, environments, steps and their `env`, the inputs and secrets of each call.
 * The template leaves out what a runner needs but a language service does not — a job's `permissions`, a step's
 * `with`, `shell` and `working-directory` — which are taken from the same file's YAML, by job id and step index.
 * Any error the parser reports refuses the file, as GitHub refuses to start it.
 */
export async function loadWorkflow(
  name: string,
  content: string,
  resolve: (uses: string) => Promise<{ name: string; content: string }>,
): Promise<{ model: WorkflowModel; called: Map<string, CalledWorkflow> }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const called = new Map<string, CalledWorkflow>();
  const files = new Map<string, { name: string; content: string }>();
  const provider = {
    async getFileContent(ref: FileReference) {
      const uses =
        'repository' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
      const file = await resolve(uses);
      files.set(uses, file);
      return file;
    },
  };
  const template = parsed.value
    ? await convertWorkflowTemplate(parsed.context, parsed.value, provider, {
        fetchReusableWorkflowDepth: 1,
        errorPolicy: ErrorPolicy.TryConversion,
      })
    : undefined;
  const problems = parsed.context.errors.getErrors().map((e) => e.message);
  if (!template || problems.length > 0) throw new InvalidWorkflowError(name, problems);
  const model = toModel(template.jobs, template.env, content);
  const workflowName = (parse(content) as Yaml).name;
  for (const job of template.jobs) {
    if (job.type !== 'reusableWorkflowJob') continue;
    const uses = job.ref.value;
    const file = files.get(uses);
    if (!file) throw new InvalidWorkflowError(name, [`${job.id.value}: ${uses} was not loaded`]);
    const raw = parse(file.content) as Yaml;
    const call = ((raw.on as Yaml | undefined)?.workflow_call ?? {}) as Yaml;
    called.set(job.id.value, {
      uses,
      inputs: (plain(job['input-definitions']) as CalledWorkflow['inputs'] | undefined) ?? {},
      outputs: Object.fromEntries(
        Object.entries((call.outputs as Record<string, Yaml> | undefined) ?? {}).map(([k, v]) => [
          k,
          v.value,
        ]),
      ),
      model: toModel(job.jobs ?? [], undefined, file.content, raw.env),
    });
  }
  return { model: typeof workflowName === 'string' ? { ...model, name: workflowName } : model, called };
}

function toModel(
  jobs: readonly WorkflowJob[],
  env: TemplateToken | undefined,
  content: string,
  rawEnv?: unknown,
): WorkflowModel {
  const raw = parse(content) as Yaml;
  const rawJobs = (raw.jobs as Record<string, JobDef> | undefined) ?? {};
  const model: Record<string, JobDef> = {};
  for (const job of jobs) {
    const id = job.id.value;
    const source = rawJobs[id] ?? {};
    const common: JobDef = {
      needs: (job.needs ?? []).map((n) => n.value),
      if: `${OPEN} ${job.if.expression} }}`,
      ...(job.strategy === undefined ? {} : { strategy: plain(job.strategy) }),
      ...(job.outputs === undefined ? {} : { outputs: plain(job.outputs) }),
      ...(source.permissions === undefined ? {} : { permissions: source.permissions }),
    };
    if (job.type === 'reusableWorkflowJob') {
      model[id] = {
        ...common,
        uses: job.ref.value,
        with: plain(job['input-values']) ?? {},
        secrets: plain(job['secret-values']) ?? {},
      };
      continue;
    }
    const rawSteps = (source.steps as Yaml[] | undefined) ?? [];
    model[id] = {
      ...common,
      ...(job.env === undefined ? {} : { env: plain(job.env) }),
      ...(job.environment === undefined ? {} : { environment: plain(job.environment) }),
      ...(job['runs-on'] === undefined ? {} : { 'runs-on': plain(job['runs-on']) }),
      steps: job.steps.map((step, n) => {
        const extra = rawSteps[n] ?? {};
        const taken: Yaml = {};
        for (const key of ['with', 'shell', 'working-directory'])
          if (extra[key] !== undefined) taken[key] = extra[key];
        return {
          ...(step.id.startsWith('__') ? {} : { id: step.id }),
          ...(step.name === undefined ? {} : { name: plain(step.name) }),
          ...('if' in step && step.if !== undefined ? { if: `${OPEN} ${step.if.expression} }}` } : {}),
          ...('env' in step && step.env !== undefined ? { env: plain(step.env) } : {}),
          ...('uses' in step ? { uses: step.uses.value } : {}),
          ...('run' in step ? { run: plain(step.run) } : {}),
          ...taken,
        };
      }),
    };
  }
  return { env: (plain(env) as Yaml | undefined) ?? (rawEnv as Yaml | undefined) ?? {}, jobs: model };
}

/** Reads a reusable workflow `uses:` from the toolkit checkout (every repository's file maps to this checkout). */
export function toolkitResolver(
  toolkitRoot: string,
): (uses: string) => Promise<{ name: string; content: string }> {
  return async (uses) => {
    const match = /\.github\/workflows\/([^@]+?)(?:@.+)?$/.exec(uses);
    if (!match) throw new Error(`cannot resolve uses: ${uses}`);
    const path = join('.github/workflows', match[1] ?? '');
    return { name: path, content: await readFile(join(toolkitRoot, path), 'utf8') };
  };
}

export type { WorkflowTemplate };
