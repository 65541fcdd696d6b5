import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parseFileCommands, readActionManifest, runAction } from '@pypi-release/actions-runtime';
import { resolveIndexPolicy } from '@pypi-release/pypi-client';
import { cibuildwheelCall, runCibuildwheel } from './cibuildwheel';
import { asString, type Contexts, evaluateValue } from './expressions';
import { stepPath } from './job-env';
import { checkout, setupPython } from './mapped-steps';
import { runBash, shown } from './runner-log';
import type { StepResult, Yaml } from './types';
import { uploadArtifact } from './upload-artifact';
import { TOOLKIT_ACTION } from './workflow-graph';

/** What the steps of one job share. */
export interface StepScope {
  /** The project `actions/checkout` copies into the workspace. */
  readonly project: string;
  readonly workspace: string;
  /** The job's own folder (its workspace, HOME and setup-python venv are in it). */
  readonly folder: string;
  readonly toolkitRoot: string;
  readonly toolkitRepository: string;
  /** The local index's upload URL, which every publish step is pointed at (unless `indexes` names its URL). */
  readonly repositoryUrl: string;
  /** Other local indexes by the upload URL a workflow names. */
  readonly indexes: Readonly<Record<string, string>>;
  /** The local index's simple URL (the job's `PIP_INDEX_URL`). */
  readonly simpleUrl: string;
  /** The local Sigstore publish steps sign with. */
  readonly sigstore?: { readonly fulcioUrl: string; readonly rekorUrl: string };
  /** The interpreter setup-python's fresh venv is made from. */
  readonly basePython: string;
  /** Where the pristine setup-python venv is kept. */
  readonly cacheDir: string;
  /** The job's environment (runner variables, artifact service, OIDC when the job may ask for tokens). */
  readonly env: Record<string, string>;
  /** Folders added to PATH by earlier steps (setup-python, `GITHUB_PATH`), the last added first. */
  readonly path: string[];
  /** Secrets seen so far; the logs show them as `***`. */
  readonly masks: Set<string>;
  /** Records how a third-party step or setting was mapped to a local equivalent. */
  readonly map: (text: string) => void;
  /** The interpreter setup-python put first on PATH. */
  python?: string;
  /** astral-sh/setup-uv ran, and this machine has no uv: `frontend: uv` builds are run with `build` (listed). */
  uvStandIn?: string;
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
  const env: Record<string, string> = { ...scope.env, PATH: stepPath(scope.path) };
  for (const [key, value] of Object.entries((step.env as Yaml | undefined) ?? {}))
    env[key] = asString(evaluateValue(value, contexts));
  const action = uses === undefined ? undefined : TOOLKIT_ACTION.exec(uses)?.[1];
  if (uses?.startsWith('actions/checkout@')) return checkout(name, uses, scope);
  if (uses?.startsWith('actions/setup-python@')) return setupPython(name, uses, withs, scope);
  if (uses?.startsWith('astral-sh/setup-uv@')) return setupUv(name, uses, scope);
  if (uses?.startsWith('actions/upload-artifact@')) return uploadArtifact(name, uses, withs, scope);
  if (uses !== undefined && action !== undefined)
    return toolkitAction(name, uses, action, withs, env, contexts, scope);
  if (step.run !== undefined)
    return runScript(name, { ...step, run: asString(evaluateValue(step.run, contexts)) }, env, scope);
  return { name, outcome: 'failure', outputs: {}, log: `no local equivalent for ${uses}`, summary: '' };
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
  if (action === 'build' && withs.frontend === 'uv' && scope.uvStandIn !== undefined) {
    withs.frontend = 'build';
    mapped = scope.uvStandIn;
  }
  if ('repository-url' in manifest.inputs) {
    const from = withs['repository-url'] ?? manifest.inputs['repository-url']?.default ?? '';
    const to = scope.indexes[from] ?? scope.repositoryUrl;
    withs['repository-url'] = to;
    mapped = `repository-url ${from} → the local index ${to}`;
    scope.map(mapped);
    // `auto` decides by the upload URL: the rehearsal keeps the policy of the index the workflow names, so a
    // release PyPI would refuse is refused here too, not waved through as a private (loopback) index.
    const policy = withs['index-policy'] ?? manifest.inputs['index-policy']?.default;
    if (policy === 'auto' && URL.canParse(from) && resolveIndexPolicy('auto', from) === 'pypi') {
      withs['index-policy'] = 'pypi';
      scope.map(
        `index-policy auto → pypi: decided by ${from}, the index the workflow names, not by the local index`,
      );
    }
  }
  if ('attestations' in manifest.inputs && scope.sigstore !== undefined) {
    // The action signs with the Sigstore these name; it refuses them for an upload to PyPI or TestPyPI itself.
    env.PYPI_RELEASE_SIGSTORE_FULCIO_URL = scope.sigstore.fulcioUrl;
    env.PYPI_RELEASE_SIGSTORE_REKOR_URL = scope.sigstore.rekorUrl;
    scope.map(
      `Sigstore (fulcio.sigstore.dev, rekor.sigstore.dev) → the local Sigstore ${scope.sigstore.fulcioUrl}, ${scope.sigstore.rekorUrl} (tokens checked against the local issuer, audience sigstore)`,
    );
  }
  if ('index-url' in manifest.inputs) {
    const from = withs['index-url'] ?? manifest.inputs['index-url']?.default ?? '';
    if (from !== '' && from !== scope.simpleUrl) {
      withs['index-url'] = scope.simpleUrl;
      const text = `index-url ${from} → the local index ${scope.simpleUrl} (it holds the real PyPI wheels the builds need)`;
      scope.map(text);
      mapped ??= text;
    }
  }
  for (const [key, spec] of Object.entries(manifest.inputs)) {
    if (withs[key] === undefined && spec.default?.includes('$' + '{{'))
      withs[key] = asString(evaluateValue(spec.default, contexts));
  }
  const ran = await runAction({ actionDir, workspace: scope.workspace, inputs: withs, env });
  Object.assign(scope.env, ran.exportedEnv);
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
  const files = await mkdtemp(join(tmpdir(), 'run-step-'));
  try {
    const commands = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_PATH: 'path' };
    const file = (variable: keyof typeof commands): string => join(files, commands[variable]);
    await Promise.all(Object.keys(commands).map((v) => writeFile(file(v as keyof typeof commands), '')));
    const directory = step['working-directory'];
    const cwd = directory === undefined ? scope.workspace : join(scope.workspace, String(directory));
    const shellEnv = {
      GITHUB_WORKSPACE: scope.workspace,
      GITHUB_OUTPUT: file('GITHUB_OUTPUT'),
      GITHUB_ENV: file('GITHUB_ENV'),
      GITHUB_PATH: file('GITHUB_PATH'),
      ...env,
    };
    const cibuildwheel = cibuildwheelCall(String(step.run), shellEnv);
    if (typeof cibuildwheel === 'string')
      return { name, outcome: 'failure', outputs: {}, log: cibuildwheel, summary: '' };
    if (cibuildwheel !== undefined) return await runCibuildwheel(name, cibuildwheel, cwd, shellEnv, scope);
    const ran = await runBash(String(step.run), cwd, shellEnv);
    Object.assign(scope.env, parseFileCommands(await readFile(file('GITHUB_ENV'), 'utf8')));
    const added = (await readFile(file('GITHUB_PATH'), 'utf8')).split('\n').filter((l) => l.trim() !== '');
    scope.path.unshift(...added.reverse());
    return {
      name,
      outcome: ran.code === 0 ? 'success' : 'failure',
      outputs: parseFileCommands(await readFile(file('GITHUB_OUTPUT'), 'utf8')),
      log: shown(ran.log, scope.masks),
      summary: '',
    };
  } finally {
    await rm(files, { recursive: true, force: true });
  }
}

/**
 * astral-sh/setup-uv: this machine's uv when it has one (left on PATH); otherwise nothing is installed (there is
 * no uv wheel on the local index) and the build steps of this job that ask for `frontend: uv` run with the
 * `build` frontend instead, which the build action installs itself — listed as a mapping, never silent. A build
 * step asking for uv in a job without setup-uv is left as it is, and fails as it would on GitHub.
 */
async function setupUv(name: string, uses: string, scope: StepScope): Promise<StepResult> {
  const found = await onPath('uv');
  const mapped = found
    ? `${uses} → this machine's uv (${found})`
    : `${uses} → nothing installed: uv is neither on this machine nor on the local index; the build steps after it that ask for \`frontend: uv\` run with \`frontend: build\` (python -m build, installed by the build action from the local index)`;
  scope.map(mapped);
  if (!found) scope.uvStandIn = mapped;
  return { name, outcome: 'success', outputs: {}, log: found ? `uv: ${found}` : '', summary: '', mapped };
}

/** Where an executable of this name is on this process's PATH, if anywhere. */
async function onPath(command: string): Promise<string | undefined> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const path = join(dir, command);
    const ok = await access(path, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (ok) return path;
  }
  return undefined;
}
