import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { apiTokenCredentials, createDispatcher, publish } from '@pypi-release/pypi-client';

const execFileAsync = promisify(execFile);

/**
 * What the builds of a release fetch from PyPI on a fresh runner: the `build` frontend and its dependencies, and
 * the PEP 517 backends the example projects use (hatchling and its dependencies, setuptools, wheel, flit_core).
 * pip resolves the dependencies of each.
 */
export const SEED_REQUIREMENTS: readonly string[] = [
  'build',
  'pyproject_hooks',
  'packaging',
  'hatchling',
  'pathspec',
  'pluggy',
  'trove-classifiers',
  'setuptools',
  'wheel',
  'flit_core',
];

/**
 * The pins of the build action's frontend lock (`actions/build/frontend-lock.json`: the exact wheels, with PyPI's
 * sha256, that the action installs with `--require-hashes`) as requirement specifiers, those without an
 * environment marker (this machine is Linux). With SEED_REQUIREMENTS, what the index must hold for the action.
 */
export async function frontendLockRequirements(toolkitRoot: string): Promise<string[]> {
  const text = await readFile(join(toolkitRoot, 'actions/build/frontend-lock.json'), 'utf8');
  const lock = JSON.parse(text) as { packages?: { name: string; version: string; marker?: string }[] };
  return (lock.packages ?? []).filter((p) => p.marker === undefined).map((p) => `${p.name}==${p.version}`);
}

/**
 * The wheels a fresh runner's builds of this toolkit's workflows fetch (SEED_REQUIREMENTS and the frontend lock's
 * pins), cached in `<repositoryRoot>/.cache/index-seed`.
 */
export async function toolkitSeedWheels(repositoryRoot: string, python: string): Promise<string[]> {
  return seedWheels({
    cacheDir: join(repositoryRoot, '.cache/index-seed'),
    python,
    requirements: [...SEED_REQUIREMENTS, ...(await frontendLockRequirements(repositoryRoot))],
  });
}

export interface SeedWheelsOptions {
  /** Where the wheels are kept (a folder ignored by git, e.g. `.cache/index-seed`). */
  readonly cacheDir: string;
  /** Requirement specifiers (`build`, `build==1.2.2`); default SEED_REQUIREMENTS. */
  readonly requirements?: readonly string[];
  /** The Python whose pip downloads them (pip as configured on this machine: PyPI, or a local wheelhouse). */
  readonly python: string;
}

export class SeedError extends Error {
  constructor(
    readonly code: 'download-failed' | 'upload-refused',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'SeedError';
  }
}

/**
 * The real wheels of `requirements` and their dependencies, downloaded once with `pip download` into
 * `cacheDir/<hash of the requirements>` and reused afterwards (the folder is complete once its `done` file exists).
 */
export async function seedWheels(options: SeedWheelsOptions): Promise<string[]> {
  const requirements = [...(options.requirements ?? SEED_REQUIREMENTS)].sort();
  const key = createHash('sha256').update(requirements.join('\n')).digest('hex').slice(0, 16);
  const dir = join(options.cacheDir, key);
  const done = join(dir, 'done');
  const cached = await readFile(done, 'utf8').catch(() => undefined);
  if (cached !== undefined) return listWheels(dir);
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const args = ['-m', 'pip', 'download', '--disable-pip-version-check', '--retries', '1'];
  args.push('--only-binary', ':all:', '--dest', partial, ...requirements);
  try {
    await execFileAsync(options.python, args, { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    const stderr = (error as { stderr?: string }).stderr ?? '';
    const last = stderr.trim().split('\n').at(-1) ?? '';
    throw new SeedError(
      'download-failed',
      `${options.python} ${args.join(' ')} failed: ${last} (the seed wheels come from the index pip is configured with: check \`pip config list\` or the network)`,
      { cause: error },
    );
  }
  await writeFile(join(partial, 'done'), `${requirements.join('\n')}\n`);
  // The folder only ever comes into being complete, by this rename; when another process renamed first, the
  // rename fails and its copy is used.
  await rename(partial, dir).catch(async (error: unknown) => {
    if ((await readFile(done, 'utf8').catch(() => undefined)) === undefined) throw error;
  });
  await rm(partial, { recursive: true, force: true });
  return listWheels(dir);
}

async function listWheels(dir: string): Promise<string[]> {
  return (await readdir(dir))
    .filter((f) => f.endsWith('.whl'))
    .sort()
    .map((f) => join(dir, f));
}

export interface SeedIndexOptions {
  /** The index's upload URL (`…/legacy/`). */
  readonly uploadUrl: string;
  /** An API token of the index that may upload every project. */
  readonly token: string;
  readonly wheels: readonly string[];
}

/**
 * Uploads each wheel through our own publish path (the pre-flight, the upload API, the read-back through the
 * simple JSON API), one release at a time. Every refusal is collected and reported at once, naming the file.
 */
export async function seedIndex(options: SeedIndexOptions): Promise<void> {
  const dispatcher = createDispatcher();
  const refused: string[] = [];
  try {
    const origin = new URL(options.uploadUrl).origin;
    const credentials = async () => apiTokenCredentials(options.token, origin);
    for (const wheel of options.wheels) {
      try {
        await publish({
          paths: [wheel],
          repositoryUrl: options.uploadUrl,
          credentials,
          dispatcher,
          skipExisting: true,
        });
      } catch (error) {
        refused.push(`${wheel}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } finally {
    await dispatcher.close();
  }
  if (refused.length > 0)
    throw new SeedError(
      'upload-refused',
      `the local index refused ${refused.length} seed wheel(s):\n${refused.join('\n')}`,
    );
}
