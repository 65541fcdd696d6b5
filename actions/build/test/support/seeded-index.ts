import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type RunningIndex, startIndex } from '@pypi-release/index';
import { apiTokenCredentials, createDispatcher, publish } from '@pypi-release/pypi-client';

/** The machine's wheelhouse of real PyPI files: PEP 503 pages in `simple/`, the files in `files/`. */
export const WHEELHOUSE = '/opt/pypi/simple';
const TOKEN = 'pypi-build-action-test-token';

/**
 * The real PyPI wheel `filename`, found through the wheelhouse's PEP 503 page of `project`; its bytes are checked
 * against the page's sha256 (PyPI's), so a test never seeds a file that is not PyPI's.
 */
export async function realWheel(project: string, filename: string): Promise<string> {
  const page = join(WHEELHOUSE, project, 'index.html');
  const html = await readFile(page, 'utf8');
  const match = new RegExp(`href="([^"#]*/${filename.replace(/[.+]/g, '\\$&')})#sha256=([0-9a-f]{64})"`).exec(
    html,
  );
  if (!match?.[1] || !match[2]) throw new Error(`${page} lists no ${filename}`);
  const path = resolve(join(WHEELHOUSE, project), match[1]);
  const sha256 = createHash('sha256')
    .update(await readFile(path))
    .digest('hex');
  if (sha256 !== match[2]) throw new Error(`${path} has sha256 ${sha256}, its PEP 503 page says ${match[2]}`);
  return path;
}

export interface SeededIndex extends RunningIndex {
  dispose(): Promise<void>;
}

/** Starts the local index on a fresh data folder and uploads `wheels` through our own publish path. */
export async function startSeededIndex(wheels: readonly string[]): Promise<SeededIndex> {
  const dataDir = await mkdtemp(join(tmpdir(), 'build-action-index-'));
  const index = await startIndex({ dataDir, apiToken: TOKEN });
  const dispose = async (): Promise<void> => {
    await index.close();
    await rm(dataDir, { recursive: true, force: true });
  };
  const dispatcher = createDispatcher();
  try {
    const credentials = async () => apiTokenCredentials(TOKEN, index.url);
    for (const wheel of wheels)
      await publish({ paths: [wheel], repositoryUrl: index.uploadUrl, credentials, dispatcher });
  } catch (error) {
    await dispose();
    throw error;
  } finally {
    await dispatcher.close();
  }
  return Object.assign(Object.create(index) as RunningIndex, index, { dispose });
}

/** `[project, filename]` of the real wheels an isolated build of each backend needs, besides the frontend. */
export const FRONTEND_WHEELS = [
  ['build', 'build-1.6.1-py3-none-any.whl'],
  ['packaging', 'packaging-26.3-py3-none-any.whl'],
  ['pyproject-hooks', 'pyproject_hooks-1.3.3-py3-none-any.whl'],
] as const;
export const HATCHLING_WHEELS = [
  ['hatchling', 'hatchling-1.32.4-py3-none-any.whl'],
  ['pathspec', 'pathspec-1.1.1-py3-none-any.whl'],
  ['pluggy', 'pluggy-1.6.0-py3-none-any.whl'],
  ['trove-classifiers', 'trove_classifiers-2026.9.21.13-py3-none-any.whl'],
  ['tomlkit', 'tomlkit-0.15.1-py3-none-any.whl'],
] as const;
export const SETUPTOOLS_WHEELS = [['setuptools', 'setuptools-84.0.0-py3-none-any.whl']] as const;
export const FLIT_WHEELS = [['flit-core', 'flit_core-4.1.0-py3-none-any.whl']] as const;

export function realWheels(list: readonly (readonly [string, string])[]): Promise<string[]> {
  return Promise.all(list.map(([project, filename]) => realWheel(project, filename)));
}
