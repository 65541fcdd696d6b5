// Security and consistency rules for GitHub Actions workflows: the project's own policy (STYLE.md, "Workflows"),
// checked on the reusable workflow, the project's CI and the example callers.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Document, LineCounter, parseDocument } from 'yaml';

export type RuleId =
  | 'expression-in-run'
  | 'unpinned-action'
  | 'missing-permissions'
  | 'id-token-outside-publish'
  | 'checkout-persists-credentials'
  | 'secrets-inherit'
  | 'pull-request-target'
  | 'unknown-input'
  | 'unknown-output'
  | 'unresolved-reference';

export const RULES: readonly RuleId[] = [
  'expression-in-run',
  'unpinned-action',
  'missing-permissions',
  'id-token-outside-publish',
  'checkout-persists-credentials',
  'secrets-inherit',
  'pull-request-target',
  'unknown-input',
  'unknown-output',
  'unresolved-reference',
];

export interface Finding {
  rule: RuleId;
  file: string;
  /** Where in the document, e.g. `jobs.build.steps[2].uses`. */
  path: string;
  line: number;
  message: string;
}

export interface AuditOptions {
  /** The repository root: `./actions/<name>`, `$/actions/<name>` and `./.github/workflows/<file>` resolve here. */
  root: string;
  /**
   * Repositories that are this toolkit (e.g. `org/toolkit` in the examples): `<repo>/actions/<name>@<ref>` and
   * `<repo>/.github/workflows/<file>@<ref>` resolve to the files under `root`, and a moving tag (`@v1`) is
   * accepted for them; every other repository is third-party and must be pinned by commit SHA.
   */
  toolkitRepositories?: readonly string[];
}

type Uses =
  | { kind: 'local'; path: string }
  | { kind: 'toolkit'; path: string }
  | { kind: 'third-party'; repo: string; ref: string }
  | { kind: 'docker'; image: string };

type Json = unknown;
type Obj = Record<string, Json>;

interface ActionSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  outputs: Record<string, unknown>;
}

interface WorkflowSpec {
  inputs: Record<string, { required?: boolean; default?: unknown }>;
  secrets: Record<string, { required?: boolean }>;
  outputs: Record<string, unknown>;
  publishes: boolean;
}

const SHA = /^[0-9a-f]{40}$/;
const VERSION_COMMENT = /#\s*v\d+(\.\d+)*\b/;
const STEP_OUTPUT = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const NEEDS_OUTPUT = /\bneeds\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const JOBS_OUTPUT = /\bjobs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;

const isObj = (v: Json): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObj = (v: Json): Obj => (isObj(v) ? v : {});
const asArray = (v: Json): Json[] => (Array.isArray(v) ? v : []);

export function classifyUses(uses: string, toolkitRepositories: readonly string[] = []): Uses {
  if (uses.startsWith('docker://')) return { kind: 'docker', image: uses.slice('docker://'.length) };
  if (uses.startsWith('./') || uses.startsWith('$/')) return { kind: 'local', path: uses.slice(2) };
  const at = uses.lastIndexOf('@');
  const target = at === -1 ? uses : uses.slice(0, at);
  const ref = at === -1 ? '' : uses.slice(at + 1);
  const [owner = '', name = '', ...rest] = target.split('/');
  const repo = `${owner}/${name}`;
  if (toolkitRepositories.some((r) => r.toLowerCase() === repo.toLowerCase())) {
    return { kind: 'toolkit', path: rest.join('/') };
  }
  return { kind: 'third-party', repo: target, ref };
}

/** Whether a step's `uses:` is this toolkit's publish action. */
function isPublishAction(uses: Uses): boolean {
  return (
    (uses.kind === 'local' || uses.kind === 'toolkit') && uses.path.replace(/\/$/, '') === 'actions/publish'
  );
}

/**
 * Whether a `run:` script publishes to npm (not a `--dry-run`): npm Trusted Publishing and its provenance statement
 * need the job's ID token, as PyPI's does.
 */
function runsNpmPublish(run: Json): boolean {
  if (typeof run !== 'string') return false;
  return run.split('\n').some((line) => /(^|[\s;&|])npm publish\b/.test(line) && !line.includes('--dry-run'));
}

function* strings(value: Json, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (isObj(value)) for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

function grantsIdToken(permissions: Json): boolean {
  if (permissions === 'write-all') return true;
  return isObj(permissions) && permissions['id-token'] === 'write';
}

function eventNames(on: Json): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.filter((e): e is string => typeof e === 'string');
  return Object.keys(asObj(on));
}

class Auditor {
  readonly findings: Finding[] = [];
  private readonly actions = new Map<string, ActionSpec | undefined>();
  private readonly workflows = new Map<string, WorkflowSpec | undefined>();

  constructor(
    private readonly options: AuditOptions,
    private readonly file = '',
    private readonly doc?: Document,
    private readonly lines?: LineCounter,
    private readonly source = '',
  ) {}

  forFile(file: string, source: string): Auditor {
    const lines = new LineCounter();
    const doc = parseDocument(source, { lineCounter: lines });
    return new Auditor(this.options, file, doc, lines, source);
  }

  private node(path: (string | number)[]): { line: number; end: number } {
    let node = this.doc?.getIn(path, true) as { range?: [number, number, number] } | undefined;
    for (let n = path.length - 1; !node?.range && n > 0; n--) {
      node = this.doc?.getIn(path.slice(0, n), true) as typeof node;
    }
    const offset = node?.range?.[0] ?? 0;
    return { line: this.lines?.linePos(offset).line ?? 1, end: node?.range?.[1] ?? offset };
  }

  private report(rule: RuleId, path: (string | number)[], message: string): void {
    const text = path
      .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
      .join('')
      .slice(1);
    this.findings.push({ rule, file: this.file, path: text, line: this.node(path).line, message });
  }

  private resolveLocal(path: string): string {
    return join(this.options.root, path);
  }

  action(path: string): ActionSpec | undefined {
    if (!this.actions.has(path)) {
      const dir = this.resolveLocal(path);
      const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f));
      let spec: ActionSpec | undefined;
      if (file) {
        const parsed = asObj(parseDocument(readFileSync(file, 'utf8')).toJS());
        spec = {
          inputs: asObj(parsed.inputs) as ActionSpec['inputs'],
          outputs: asObj(parsed.outputs),
        };
      }
      this.actions.set(path, spec);
    }
    return this.actions.get(path);
  }

  workflow(path: string): WorkflowSpec | undefined {
    if (!this.workflows.has(path)) {
      const file = this.resolveLocal(path);
      let spec: WorkflowSpec | undefined;
      if (existsSync(file)) {
        const parsed = asObj(parseDocument(readFileSync(file, 'utf8')).toJS());
        const call = asObj(asObj(parsed.on).workflow_call);
        const publishes = Object.values(asObj(parsed.jobs)).some((job) =>
          asArray(asObj(job).steps).some((step) => {
            const uses = asObj(step).uses;
            return typeof uses === 'string' && isPublishAction(this.classify(uses));
          }),
        );
        spec = {
          inputs: asObj(call.inputs) as WorkflowSpec['inputs'],
          secrets: asObj(call.secrets) as WorkflowSpec['secrets'],
          outputs: asObj(call.outputs),
          publishes,
        };
      }
      this.workflows.set(path, spec);
    }
    return this.workflows.get(path);
  }

  classify(uses: string): Uses {
    return classifyUses(uses, this.options.toolkitRepositories);
  }

  run(): Finding[] {
    const wf = asObj(this.doc?.toJS());
    if ('runs' in wf && !('jobs' in wf)) return this.runAction(asObj(wf.runs));
    this.checkEvents(wf);
    if (!('permissions' in wf)) {
      this.report(
        'missing-permissions',
        [],
        'no top-level `permissions:` (use `permissions: {}` and grant per job)',
      );
    } else if (grantsIdToken(wf.permissions)) {
      this.report('id-token-outside-publish', ['permissions'], '`id-token: write` granted to every job');
    }
    const jobs = asObj(wf.jobs);
    for (const [id, job] of Object.entries(jobs)) this.checkJob(id, asObj(job), jobs);
    const outputs = asObj(asObj(asObj(wf.on).workflow_call).outputs);
    for (const [name, output] of Object.entries(outputs)) {
      for (const [text] of strings(asObj(output).value, '')) {
        for (const [, job = '', out = ''] of text.matchAll(JOBS_OUTPUT)) {
          if (!(job in jobs)) {
            this.report('unknown-output', ['on', 'workflow_call', 'outputs', name], `no job \`${job}\``);
          } else if (!(out in this.jobOutputs(asObj(jobs[job])))) {
            this.report(
              'unknown-output',
              ['on', 'workflow_call', 'outputs', name],
              `job \`${job}\` has no output \`${out}\``,
            );
          }
        }
      }
    }
    return this.findings;
  }

  private checkEvents(wf: Obj): void {
    if (eventNames(wf.on).includes('pull_request_target')) {
      this.report(
        'pull-request-target',
        ['on'],
        '`pull_request_target` runs untrusted code with repository secrets',
      );
    }
  }

  private jobOutputs(job: Obj): Obj {
    if (typeof job.uses === 'string') {
      const uses = this.classify(job.uses);
      if (uses.kind === 'local' || uses.kind === 'toolkit') return this.workflow(uses.path)?.outputs ?? {};
    }
    return asObj(job.outputs);
  }

  private checkJob(id: string, job: Obj, jobs: Obj): void {
    const at = ['jobs', id];
    if (!('permissions' in job))
      this.report('missing-permissions', at, `job \`${id}\` has no \`permissions:\``);
    if (job.secrets === 'inherit') {
      this.report(
        'secrets-inherit',
        [...at, 'secrets'],
        '`secrets: inherit` hands every secret to the callee',
      );
    }
    const steps = asArray(job.steps).map(asObj);
    let publishes = steps.some(
      (s) => (typeof s.uses === 'string' && isPublishAction(this.classify(s.uses))) || runsNpmPublish(s.run),
    );
    if (typeof job.uses === 'string') publishes = this.checkCall(at, job);
    if (grantsIdToken(job.permissions) && !publishes) {
      this.report(
        'id-token-outside-publish',
        [...at, 'permissions'],
        `job \`${id}\` grants \`id-token: write\` but does not publish`,
      );
    }
    const stepIds = new Map<string, Obj>();
    for (const [i, step] of steps.entries()) {
      this.checkStep([...at, 'steps', i], step);
      if (typeof step.id === 'string') stepIds.set(step.id, step);
    }
    const needs = typeof job.needs === 'string' ? [job.needs] : asArray(job.needs).map(String);
    for (const [text, where] of strings(job, '')) {
      const path = [...at, ...where.split(/\.|\[(\d+)\]/).filter(Boolean)].map((p) =>
        /^\d+$/.test(p) ? +p : p,
      );
      for (const [, step = '', out = ''] of text.matchAll(STEP_OUTPUT)) {
        const target = stepIds.get(step);
        if (!target) {
          this.report('unknown-output', path, `no step with id \`${step}\` in job \`${id}\``);
          continue;
        }
        if (typeof target.uses !== 'string') continue; // a run step writes any output it likes
        const uses = this.classify(target.uses);
        if (uses.kind !== 'local' && uses.kind !== 'toolkit') continue;
        const spec = this.action(uses.path);
        if (spec && !(out in spec.outputs)) {
          this.report('unknown-output', path, `step \`${step}\` (${target.uses}) has no output \`${out}\``);
        }
      }
      for (const [, other = '', out = ''] of text.matchAll(NEEDS_OUTPUT)) {
        if (!needs.includes(other)) {
          this.report('unknown-output', path, `job \`${id}\` does not need \`${other}\``);
        } else if (!(other in jobs)) {
          this.report('unknown-output', path, `no job \`${other}\``);
        } else if (!(out in this.jobOutputs(asObj(jobs[other])))) {
          this.report('unknown-output', path, `job \`${other}\` has no output \`${out}\``);
        }
      }
    }
  }

  /**
   * An action's `action.yml`: a composite action's steps follow the step rules; a JavaScript action's entry
   * points (`main`, `pre`, `post`) must exist beside it (a missing bundle fails every job using it).
   */
  private runAction(runs: Obj): Finding[] {
    if (runs.using === 'composite') {
      for (const [i, step] of asArray(runs.steps).entries())
        this.checkStep(['runs', 'steps', i], asObj(step));
    } else if (typeof runs.using === 'string' && runs.using.startsWith('node')) {
      for (const key of ['main', 'pre', 'post']) {
        const entry = runs[key];
        if (typeof entry === 'string' && !existsSync(join(this.options.root, dirname(this.file), entry))) {
          this.report(
            'unresolved-reference',
            ['runs', key],
            `\`${entry}\` does not exist beside the action file`,
          );
        }
      }
    }
    return this.findings;
  }

  /** A job calling a reusable workflow; returns whether the callee publishes (true when unresolved: reported). */
  private checkCall(at: (string | number)[], job: Obj): boolean {
    const ref = String(job.uses);
    const uses = this.classify(ref);
    if (uses.kind === 'third-party') {
      this.checkPin([...at, 'uses'], ref, uses.ref);
      return false;
    }
    if (uses.kind !== 'local' && uses.kind !== 'toolkit') return false;
    const spec = this.workflow(uses.path);
    if (!spec) {
      this.report('unresolved-reference', [...at, 'uses'], `cannot find ${uses.path} for \`${ref}\``);
      return true;
    }
    this.checkKeys([...at, 'with'], asObj(job.with), spec.inputs, ref, 'input');
    if (job.secrets !== 'inherit')
      this.checkKeys([...at, 'secrets'], asObj(job.secrets), spec.secrets, ref, 'secret');
    return spec.publishes;
  }

  private checkKeys(
    at: (string | number)[],
    given: Obj,
    defined: Record<string, { required?: boolean; default?: unknown }>,
    ref: string,
    what: string,
  ): void {
    for (const key of Object.keys(given)) {
      if (!(key in defined))
        this.report('unknown-input', [...at, key], `\`${ref}\` has no ${what} \`${key}\``);
    }
    for (const [key, def] of Object.entries(defined)) {
      if (def?.required === true && def.default === undefined && !(key in given)) {
        this.report('unknown-input', at, `\`${ref}\` requires the ${what} \`${key}\``);
      }
    }
  }

  private checkStep(at: (string | number)[], step: Obj): void {
    if (typeof step.run === 'string' && step.run.includes('${{')) {
      this.report(
        'expression-in-run',
        [...at, 'run'],
        'expression inside `run:`; pass the value through `env:`',
      );
    }
    if (typeof step.uses !== 'string') return;
    const uses = this.classify(step.uses);
    if (uses.kind === 'third-party') {
      this.checkPin([...at, 'uses'], step.uses, uses.ref);
      if (uses.repo.toLowerCase() === 'actions/checkout') {
        const persist = asObj(step.with)['persist-credentials'];
        if (persist !== false && persist !== 'false') {
          this.report(
            'checkout-persists-credentials',
            [...at, 'uses'],
            'checkout without `persist-credentials: false` leaves the token in .git/config',
          );
        }
      }
    } else if (uses.kind === 'docker') {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses.image)) {
        this.report('unpinned-action', [...at, 'uses'], `\`${step.uses}\` is not pinned by digest`);
      }
    } else {
      const spec = this.action(uses.path);
      if (!spec) {
        this.report('unresolved-reference', [...at, 'uses'], `cannot find ${uses.path}/action.yml`);
        return;
      }
      this.checkKeys([...at, 'with'], asObj(step.with), spec.inputs, step.uses, 'input');
    }
  }

  private checkPin(at: (string | number)[], uses: string, ref: string): void {
    if (!SHA.test(ref)) {
      this.report('unpinned-action', at, `\`${uses}\` is not pinned by a full commit SHA`);
      return;
    }
    const { end } = this.node(at);
    const lineEnd = this.source.indexOf('\n', end);
    const rest = this.source.slice(end, lineEnd === -1 ? undefined : lineEnd);
    if (!VERSION_COMMENT.test(rest)) {
      this.report('unpinned-action', at, `\`${uses}\` has no \`# vX.Y.Z\` comment naming the pinned version`);
    }
  }
}

/** Audits one workflow file's text; `file` names it in the findings. */
export function auditWorkflow(file: string, source: string, options: AuditOptions): Finding[] {
  return new Auditor(options).forFile(file, source).run();
}

/** Audits workflow files under `options.root` (paths relative to it). */
export function auditFiles(files: readonly string[], options: AuditOptions): Finding[] {
  return files.flatMap((f) => auditWorkflow(f, readFileSync(join(options.root, f), 'utf8'), options));
}

export function formatFinding(f: Finding): string {
  return `${f.file}:${f.line} [${f.rule}] ${f.path}: ${f.message}`;
}

export {
  auditSelfTest,
  CLEAN_WORKFLOW,
  PLANTED_VIOLATIONS,
  type PlantedVerdict,
  writeAuditFixture,
} from './self-test';
