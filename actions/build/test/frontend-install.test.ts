import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '@pypi-release/actions-runtime';
import { buildProject, parseFrontendLock } from '@pypi-release/builder';
import { buildPythonProject, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import lockData from '../frontend-lock.json';
import {
  FLIT_WHEELS,
  FRONTEND_WHEELS,
  HATCHLING_WHEELS,
  realWheels,
  SETUPTOOLS_WHEELS,
  type SeededIndex,
  startSeededIndex,
} from './support/seeded-index';

const execFileAsync = promisify(execFile);
const actionDir = join(import.meta.dirname, '..');
const LOCKED_BUILD_SHA256 = 'ecd351a4be9d35a9eaaba244a7687143c9c7d4aea6ac964e7e7ddab20cbcf4e7';

/**
 * The build action as a fresh GitHub runner runs it: PATH led by a bare `python -m venv` interpreter (pip, no
 * build), pip's config files off, and every package coming from the local index through its `/simple/` pages.
 */
describe('build action on an interpreter without build', () => {
  let workspace: Awaited<ReturnType<typeof tempDir>>;
  let index: SeededIndex;
  let venvBin: string;

  beforeAll(async () => {
    workspace = await tempDir('build-frontend-');
    const wheels = await realWheels([
      ...FRONTEND_WHEELS,
      ...HATCHLING_WHEELS,
      ...SETUPTOOLS_WHEELS,
      ...FLIT_WHEELS,
    ]);
    index = await startSeededIndex(wheels);
    const venv = join(workspace.path, 'setup-python');
    await execFileAsync('/usr/bin/python3', ['-m', 'venv', venv], { env: { PATH: process.env.PATH ?? '' } });
    venvBin = join(venv, 'bin');
    await writePythonProject(join(workspace.path, 'hatch-demo'), { name: 'hatch-demo', version: '1.2.0' });
    await writePythonProject(join(workspace.path, 'setuptools-demo'), {
      name: 'setuptools-demo',
      version: '2.0.1',
      backend: 'setuptools',
    });
    await writeFlitProject(join(workspace.path, 'flit-demo'));
  }, 120_000);
  afterAll(async () => {
    await index?.dispose();
    await workspace?.cleanup();
  });

  /**
   * The job's environment: pip's config files off, no retries of pypi.org (unreachable here), and PIP_INDEX_URL
   * when given (as the local runner sets it for a job; on GitHub it is unset and pip reads PyPI).
   */
  function jobEnv(indexUrl: string | undefined): Record<string, string> {
    return {
      PATH: `${venvBin}:${process.env.PATH ?? ''}`,
      HOME: join(workspace.path, 'home'),
      PIP_CONFIG_FILE: '/dev/null',
      PIP_RETRIES: '0',
      GITHUB_JOB: 'release-build',
      ...(indexUrl === undefined ? {} : { PIP_INDEX_URL: indexUrl }),
    };
  }

  async function userHasBuild(): Promise<boolean> {
    const probe = 'import importlib.util, sys; sys.exit(0 if importlib.util.find_spec("build") else 3)';
    return execFileAsync(join(venvBin, 'python'), ['-c', probe]).then(
      () => true,
      () => false,
    );
  }

  // hatchling: index-url and PIP_INDEX_URL; setuptools: only the input (the action hands it to build's isolated
  // environment itself); flit_core: only PIP_INDEX_URL (no input: pip's own configuration decides).
  it.each([
    ['hatchling', 'hatch-demo', 'hatch_demo-1.2.0', 'hatchling==1.32.4', true, true],
    ['setuptools', 'setuptools-demo', 'setuptools_demo-2.0.1', 'setuptools==84.0.0', true, false],
    ['flit_core', 'flit-demo', 'flit_demo-0.3.0', 'flit-core==4.1.0', false, true],
  ])(
    'installs the pinned build from the local index and builds a %s project isolated',
    async (_backend, dir, stem, backend, input, pipEnv) => {
      const result = await runAction({
        actionDir,
        workspace: workspace.path,
        env: jobEnv(pipEnv ? index.simpleUrl : undefined),
        inputs: { 'working-directory': dir, ...(input ? { 'index-url': index.simpleUrl } : {}) },
        timeoutMs: 240_000,
      });
      expect(result.exitCode, result.stdout + result.stderr).toBe(0);
      const dists = JSON.parse(result.outputs.dists ?? '[]') as { filename: string }[];
      expect(dists.map((d) => d.filename)).toEqual([`${stem}.tar.gz`, `${stem}-py3-none-any.whl`]);
      expect(result.stdout).toMatch(
        /frontend: installing the pinned build 1\.6\.1 \(hashes from actions\/build\/frontend-lock\.json\) into \S+\/temp\/pypi-release-build-frontend-[0-9a-f]{12}, a venv of python3 \(\S+\/setup-python\/bin\/python3\), Python 3\.\d+\.\d+/,
      );
      expect(result.stdout).toMatch(
        new RegExp(
          `frontend: build 1\\.6\\.1 installed from ${index.simpleUrl.replace(/[.]/g, '\\.')} in \\d+\\.\\d s \\(build-1\\.6\\.1 packaging-26\\.3 pyproject[-_]hooks-1\\.3\\.3`,
        ),
      );
      // The isolated environment got the backend from the index (build's pip reads PIP_INDEX_URL): the one
      // version of it the index holds.
      expect(result.stdout).toContain('* Creating isolated environment');
      expect(result.stdout).toContain(`* Installed build dependency versions:\n  - ${backend}`);
      expect(result.summary).toMatch(
        new RegExp(
          `Frontend: build 1\\.6\\.1, pinned by actions/build/frontend-lock\\.json, installed from ${index.simpleUrl.replace(/[.]/g, '\\.')} in \\d+\\.\\d s\\.`,
        ),
      );
      expect(result.annotations).toEqual([]);
      expect(await userHasBuild()).toBe(false);
    },
    300_000,
  );

  it('without the install step, the bare interpreter fails with frontend-missing naming the fix; with it, builds', async () => {
    const python = join(venvBin, 'python3');
    const options = {
      workingDirectory: join(workspace.path, 'hatch-demo'),
      python,
      wheel: false,
      env: jobEnv(index.simpleUrl),
    };
    const logger = { info: () => {} };
    const missing = buildProject({ ...options, outdir: join(workspace.path, 'out-no-install') }, { logger });
    await expect(missing).rejects.toMatchObject({
      code: 'frontend-missing',
      message: expect.stringContaining(`${python} has no \`build\` module`),
    });
    await expect(missing).rejects.toThrow(`install it with \`${python} -m pip install build\``);
    const lock = parseFrontendLock(lockData, 'actions/build/frontend-lock.json');
    const tempDir = join(workspace.path, 'runner-temp');
    const frontendInstall = { lock, tempDir, indexUrl: index.simpleUrl };
    const built = await buildProject(
      { ...options, outdir: join(workspace.path, 'out-install'), frontendInstall },
      { logger },
    );
    expect(built.dists.map((d) => d.filename)).toEqual(['hatch_demo-1.2.0.tar.gz']);
    expect(await userHasBuild()).toBe(false);
  }, 300_000);

  it('fails with index-unreachable, one line naming the index and the fix, when index-url does not answer', async () => {
    const closed = await closedPort();
    const url = `http://127.0.0.1:${closed}/simple/`;
    const result = await runAction({
      actionDir,
      workspace: workspace.path,
      node: 24,
      env: jobEnv(url),
      inputs: { 'working-directory': 'hatch-demo', 'index-url': url, outdir: 'out-unreachable' },
      timeoutMs: 120_000,
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    const message = result.annotations[0]?.message ?? '';
    expect(message).toBe(
      `the index ${url} could not be reached (ECONNREFUSED) to install build 1.6.1: check index-url (a PEP 503 simple index such as https://pypi.org/simple/), or leave it empty to use pip's configured index`,
    );
    expect(result.outputs).toEqual({});
    expect(await userHasBuild()).toBe(false);
  }, 180_000);

  it('fails with hash-mismatch when the index serves another file named build-1.6.1-py3-none-any.whl', async () => {
    // A valid wheel of the same name and version, but not PyPI's bytes: a project called `build` at 1.6.1.
    const fake = join(workspace.path, 'fake-build');
    await writePythonProject(join(fake, 'src'), { name: 'build', version: '1.6.1' });
    const wheel = (await buildPythonProject(join(fake, 'src'), join(fake, 'dist'))).find((f) =>
      f.endsWith('.whl'),
    );
    const tampered = await startSeededIndex([
      wheel as string,
      ...(await realWheels(FRONTEND_WHEELS.filter(([p]) => p !== 'build'))),
    ]);
    try {
      const url = tampered.simpleUrl;
      const result = await runAction({
        actionDir,
        workspace: workspace.path,
        env: jobEnv(url),
        inputs: { 'working-directory': 'hatch-demo', 'index-url': url, outdir: 'out-tampered' },
        timeoutMs: 120_000,
      });
      expect(result.exitCode).toBe(1);
      expect(result.annotations).toHaveLength(1);
      const message = result.annotations[0]?.message ?? '';
      expect(message, result.stdout).toMatch(
        new RegExp(
          `^hash mismatch installing the frontend: build==1\\.6\\.1 from ${tampered.url.replace(/[.]/g, '\\.')}/files/\\S*/build-1\\.6\\.1-py3-none-any\\.whl has sha256 [0-9a-f]{64}, the lock says ${LOCKED_BUILD_SHA256} \\(actions/build/frontend-lock\\.json holds PyPI's hashes\\)`,
        ),
      );
      const served = createHash('sha256')
        .update(await readFile(wheel as string))
        .digest('hex');
      expect(message).toContain(`has sha256 ${served}, the lock says ${LOCKED_BUILD_SHA256}`);
      expect(message).toContain('nothing was installed. Point index-url at PyPI or a faithful mirror');
      expect(message).not.toContain('\n');
      expect(await userHasBuild()).toBe(false);
    } finally {
      await tampered.dispose();
    }
  }, 180_000);
});

async function writeFlitProject(dir: string): Promise<void> {
  await mkdir(join(dir, 'flit_demo'), { recursive: true });
  await writeFile(
    join(dir, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["flit_core >=3.11,<5"]',
      'build-backend = "flit_core.buildapi"',
      '',
      '[project]',
      'name = "flit-demo"',
      'version = "0.3.0"',
      'description = "A flit fixture project"',
      'requires-python = ">=3.9"',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'flit_demo', '__init__.py'), '"""A flit fixture."""\n');
}

/** A loopback port nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
