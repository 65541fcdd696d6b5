import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readActionManifest } from './action-manifest';
import { parseFileCommands } from './file-commands';
import { nodeBinary } from './node-runtime';

export interface RunActionOptions {
  /** The action's folder (holding action.yml and dist/). */
  readonly actionDir: string;
  /** Inputs by their action.yml names; unset inputs take the action.yml default, as on a runner. */
  readonly inputs?: Readonly<Record<string, string>>;
  /** Extra environment (OIDC and artifact variables, GITHUB_* context). Nothing else leaks in from this process but PATH. */
  readonly env?: Readonly<Record<string, string>>;
  /** The workspace (GITHUB_WORKSPACE and the working directory); a fresh temp folder when absent. */
  readonly workspace?: string;
  /** Node major to run with: `current` (tests' Node 20) or 24 (GitHub's `using: node24`). */
  readonly node?: number | 'current';
  readonly timeoutMs?: number;
}

export interface ActionResult {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Record<string, string>;
  readonly exportedEnv: Record<string, string>;
  readonly summary: string;
  /** `::error::`-style annotations and `setFailed` messages, as the runner would show them. */
  readonly annotations: { readonly level: string; readonly message: string }[];
  readonly durationMs: number;
  /** `performance.now()` of this process when the action's Node process was spawned (to time its first request). */
  readonly spawnedAt: number;
}

/**
 * Runs an action's bundled `dist/index.js` the way the runner does: a child Node process with `INPUT_*`
 * variables and the file-command files, then reads outputs, exported variables and the job summary back.
 */
export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const manifest = await readActionManifest(options.actionDir);
  const home = await mkdtemp(join(tmpdir(), 'runner-'));
  try {
    const files = {
      GITHUB_OUTPUT: join(home, 'output'),
      GITHUB_ENV: join(home, 'env'),
      GITHUB_STATE: join(home, 'state'),
      GITHUB_PATH: join(home, 'path'),
      GITHUB_STEP_SUMMARY: join(home, 'summary.md'),
    };
    await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
    const workspace = options.workspace ?? join(home, 'workspace');
    const runnerTemp = join(home, 'temp');
    await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true })]);
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? home,
      GITHUB_ACTIONS: 'true',
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: runnerTemp,
      GITHUB_WORKSPACE: workspace,
      ...files,
      ...options.env,
    };
    for (const [name, spec] of Object.entries(manifest.inputs)) {
      const value = options.inputs?.[name] ?? spec.default;
      if (value !== undefined) env[inputVariable(name)] = value;
    }
    for (const name of Object.keys(options.inputs ?? {})) {
      if (!(name in manifest.inputs))
        throw new Error(`input "${name}" is not declared in ${manifest.name}'s action.yml`);
    }
    const node = await nodeBinary(options.node ?? 'current');
    const started = performance.now();
    const { exitCode, stdout, stderr } = await spawnNode(
      node,
      join(options.actionDir, manifest.runs.main),
      workspace,
      env,
      options.timeoutMs ?? 300_000,
    );
    const durationMs = performance.now() - started;
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommands(await readFile(files.GITHUB_OUTPUT, 'utf8')),
      exportedEnv: parseFileCommands(await readFile(files.GITHUB_ENV, 'utf8')),
      summary: await readFile(files.GITHUB_STEP_SUMMARY, 'utf8'),
      annotations: parseAnnotations(stdout),
      durationMs,
      spawnedAt: started,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}

/** The runner's name for an input's variable: `INPUT_` + upper case, spaces to `_` (dashes stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

function parseAnnotations(stdout: string): { level: string; message: string }[] {
  const found: { level: string; message: string }[] = [];
  for (const match of stdout.matchAll(/^::(error|warning|notice)(?: [^:]*)?::(.*)$/gm)) {
    const message = (match[2] ?? '').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    found.push({ level: match[1] ?? '', message });
  }
  return found;
}

function spawnNode(
  node: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
): Promise<{ exitCode: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: timeoutMs });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ exitCode, stdout, stderr }));
  });
}
