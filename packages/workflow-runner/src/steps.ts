import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { parseFileCommands, readActionManifest, runAction } from '@pypi-release/actions-runtime';
import { TOOL_PYTHON } from '@pypi-release/testkit';
import { cibuildwheelCall, runCibuildwheel } from './cibuildwheel';
import { asString, type Contexts, evaluateValue } from './expressions';
import { runBash, shown } from './runner-log';
import type { StepResult, Yaml } from './types';
import { uploadArtifact } from './upload-artifact';
import { TOOLKIT_ACTION } from './workflow-graph';

const execFileAsync = promisify(execFile);

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

/**
 * Runs one step: checkout, setup-python, upload-artifact and cibuildwheel mapped to local equivalents (each
 * mapping recorded through `scope.map`), the toolkit's actions from their bundles, other `run:` scripts with
 * bash in the workspace (or the step's `working-directory`) with the job's and the step's `env:`.
 */
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
  if (uses?.startsWith('actions/upload-artifact@')) return uploadArtifact(name, uses, withs, scope);
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

async function setupPython(
  name: string,
  uses: string,
  withs: Record<string, string>,
  scope: StepScope,
): Promise<StepResult> {
  scope.python = TOOL_PYTHON;
  const version = await pythonVersion(TOOL_PYTHON);
  const mapped = `${uses} (python-version ${withs['python-version'] ?? 'unset'}) → Debian's ${TOOL_PYTHON} (Python ${version}); the build step's \`python\` input set to it, with \`isolation: false\` and \`--skip-dependency-check\` (offline: no index to fetch build requirements from)`;
  scope.map(mapped);
  return {
    name,
    outcome: 'success',
    outputs: { 'python-path': TOOL_PYTHON, 'python-version': version },
    log: '',
    summary: '',
    mapped,
  };
}

const versions = new Map<string, Promise<string>>();

/** The interpreter's version (`3.11.2`), asked once per process. */
function pythonVersion(python: string): Promise<string> {
  let found = versions.get(python);
  if (!found) {
    found = execFileAsync(python, ['-c', 'import platform; print(platform.python_version())']).then(
      ({ stdout }) => stdout.trim(),
      () => 'unknown',
    );
    versions.set(python, found);
  }
  return found;
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
  if (action === 'build') {
    const uv = withs.frontend === 'uv' && (await onPath('uv'));
    if (withs.frontend === 'uv' && !uv) {
      withs.frontend = 'build';
      mapped = `frontend: uv (${uses}) → frontend \`build\` (python -m build): uv is not on this machine's PATH (Debian's archive has no uv package and there is no PyPI here to install it from); on GitHub the step runs \`uv build\``;
      scope.map(mapped);
    }
    if (scope.python !== undefined) {
      withs.python ??= scope.python;
      withs.isolation ??= 'false';
      // `python -m build` only: uv build has no dependency check to skip.
      if (!uv) withs.args ??= '--skip-dependency-check';
    }
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
  const shell = step.shell === undefined ? 'bash' : String(step.shell);
  if (shell !== 'bash')
    return {
      name,
      outcome: 'failure',
      outputs: {},
      log: `shell: ${shell} has no local equivalent: the local runner runs run: steps with bash (leave \`shell\` out, or set it to bash)`,
      summary: '',
    };
  const home = await mkdtemp(join(tmpdir(), 'run-step-'));
  try {
    const output = join(home, 'output');
    await writeFile(output, '');
    const directory = step['working-directory'];
    const cwd = directory === undefined ? scope.workspace : join(scope.workspace, String(directory));
    const shellEnv = {
      PATH: `${scope.python === undefined ? '' : '/usr/bin:'}${process.env.PATH ?? ''}`,
      HOME: process.env.HOME ?? home,
      GITHUB_OUTPUT: output,
      GITHUB_WORKSPACE: scope.workspace,
      ...env,
    };
    const cibuildwheel = cibuildwheelCall(String(step.run), shellEnv);
    if (typeof cibuildwheel === 'string')
      return { name, outcome: 'failure', outputs: {}, log: cibuildwheel, summary: '' };
    if (cibuildwheel !== undefined) return await runCibuildwheel(name, cibuildwheel, cwd, shellEnv, scope);
    const ran = await runBash(String(step.run), cwd, shellEnv);
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

/** Whether an executable of this name is on this process's PATH (the actions run with it). */
async function onPath(command: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const ok = await access(join(dir, command), constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return true;
  }
  return false;
}
