import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFileCommands, readActionManifest, runAction } from '@pypi-release/actions-runtime';
import { SYSTEM_PYTHON } from '@pypi-release/testkit';
import { asString, type Contexts, evaluateValue } from './expressions';
import { runBash, shown } from './runner-log';
import type { StepResult, Yaml } from './types';
import { TOOLKIT_ACTION } from './workflow-graph';

/** What the steps of one job share. */
export interface StepScope {
  /** The project `actions/checkout` copies into the workspace. */
  readonly project: string;
  readonly workspace: string;
  readonly toolkitRoot: string;
  readonly toolkitRepository: string;
  /** The local index's upload URL, which every publish step is pointed at. */
  readonly repositoryUrl: string;
  /** The job's environment (runner variables, artifact service, OIDC when the job may ask for tokens). */
  readonly env: Record<string, string>;
  /** Secrets seen so far; the logs show them as `***`. */
  readonly masks: Set<string>;
  /** Records how a third-party step or setting was mapped to a local equivalent. */
  readonly map: (text: string) => void;
  /** The interpreter setup-python selected, for the build step and `run:` steps. */
  python?: string;
}

/** Runs one step: checkout and setup-python mapped to local equivalents, toolkit actions, `run:` scripts. */
export async function runStep(
  step: Yaml,
  name: string,
  contexts: Contexts,
  scope: StepScope,
): Promise<StepResult> {
  const uses = step.uses === undefined ? undefined : String(step.uses);
  const withs: Record<string, string> = {};
  for (const [key, value] of Object.entries((step.with as Yaml | undefined) ?? {}))
    withs[key] = asString(evaluateValue(value, contexts));
  const env: Record<string, string> = { ...scope.env };
  for (const [key, value] of Object.entries((step.env as Yaml | undefined) ?? {}))
    env[key] = asString(evaluateValue(value, contexts));
  const action = uses === undefined ? undefined : TOOLKIT_ACTION.exec(uses)?.[1];
  if (uses?.startsWith('actions/checkout@')) return checkout(name, uses, scope);
  if (uses?.startsWith('actions/setup-python@')) return setupPython(name, uses, withs, scope);
  if (uses !== undefined && action !== undefined)
    return toolkitAction(name, uses, action, withs, env, contexts, scope);
  if (step.run !== undefined) return runScript(name, step, env, scope);
  return { name, outcome: 'failure', outputs: {}, log: `no local equivalent for ${uses}`, summary: '' };
}

async function checkout(name: string, uses: string, scope: StepScope): Promise<StepResult> {
  await cp(scope.project, scope.workspace, { recursive: true });
  const mapped = `${uses} → copy of the project fixture ${scope.project}`;
  scope.map(mapped);
  return { name, outcome: 'success', outputs: {}, log: `checked out ${scope.project}`, summary: '', mapped };
}

function setupPython(
  name: string,
  uses: string,
  withs: Record<string, string>,
  scope: StepScope,
): StepResult {
  scope.python = SYSTEM_PYTHON;
  const mapped = `${uses} (python-version ${withs['python-version'] ?? 'unset'}) → Debian's ${SYSTEM_PYTHON}; the build step's \`python\` input set to it, with \`isolation: false\` and \`--skip-dependency-check\` (offline: no index to fetch build requirements from)`;
  scope.map(mapped);
  return {
    name,
    outcome: 'success',
    outputs: { 'python-path': SYSTEM_PYTHON },
    log: '',
    summary: '',
    mapped,
  };
}

async function toolkitAction(
  name: string,
  uses: string,
  action: string,
  withs: Record<string, string>,
  env: Record<string, string>,
  contexts: Contexts,
  scope: StepScope,
): Promise<StepResult> {
  const actionDir = join(scope.toolkitRoot, 'actions', action);
  const manifest = await readActionManifest(actionDir);
  let mapped: string | undefined;
  if (!uses.startsWith('$/') && !uses.startsWith('./'))
    scope.map(
      `${uses} → ${scope.toolkitRepository}'s actions/${action} (bundled dist/index.js of this checkout)`,
    );
  if (action === 'build' && scope.python !== undefined) {
    withs.python ??= scope.python;
    withs.isolation ??= 'false';
    withs.args ??= '--skip-dependency-check';
  }
  if ('repository-url' in manifest.inputs) {
    const from = withs['repository-url'] ?? manifest.inputs['repository-url']?.default ?? '';
    withs['repository-url'] = scope.repositoryUrl;
    mapped = `repository-url ${from} → the local index ${scope.repositoryUrl}`;
    scope.map(mapped);
  }
  for (const [key, spec] of Object.entries(manifest.inputs)) {
    if (withs[key] === undefined && spec.default?.includes('$' + '{{'))
      withs[key] = asString(evaluateValue(spec.default, contexts));
  }
  const ran = await runAction({ actionDir, workspace: scope.workspace, inputs: withs, env });
  return {
    name,
    outcome: ran.exitCode === 0 ? 'success' : 'failure',
    outputs: ran.outputs,
    log: shown(`${ran.stdout}${ran.stderr}`, scope.masks),
    summary: ran.summary,
    ...(mapped === undefined ? {} : { mapped }),
  };
}

async function runScript(
  name: string,
  step: Yaml,
  env: Record<string, string>,
  scope: StepScope,
): Promise<StepResult> {
  const home = await mkdtemp(join(tmpdir(), 'run-step-'));
  try {
    const output = join(home, 'output');
    await writeFile(output, '');
    const directory = step['working-directory'];
    const cwd = directory === undefined ? scope.workspace : join(scope.workspace, String(directory));
    const ran = await runBash(String(step.run), cwd, {
      PATH: `${scope.python === undefined ? '' : '/usr/bin:'}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? home,
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: scope.workspace,
      ...env,
    });
    return {
      name,
      outcome: ran.code === 0 ? 'success' : 'failure',
      outputs: parseFileCommands(await readFile(output, 'utf8')),
      log: shown(ran.log, scope.masks),
      summary: '',
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
