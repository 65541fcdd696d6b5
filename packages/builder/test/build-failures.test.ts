import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../src/build-project';
import { BuildError } from '../src/errors';
import type { ProcessRunner } from '../src/process-runner';
import { execFileAsync, memoryLogger, OFFLINE } from './support/helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
let project: string;
beforeEach(async () => {
  dir = await tempDir('builder-');
  project = join(dir.path, 'project');
  await writePythonProject(project, { name: 'failing', version: '1.0' });
});
afterEach(async () => {
  await dir.cleanup();
});

async function buildError(promise: Promise<unknown>): Promise<BuildError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BuildError);
  return error as BuildError;
}

describe('a failing build', () => {
  it('names the command, the exit code and the exception of a broken pyproject.toml', async () => {
    const pyproject = await readFile(join(project, 'pyproject.toml'), 'utf8');
    await writeFile(join(project, 'pyproject.toml'), pyproject.replace('version = "1.0"', 'version = 1.0'));
    const error = await buildError(
      buildProject({ ...OFFLINE, workingDirectory: project }, { logger: memoryLogger() }),
    );
    expect(error.code).toBe('build-failed');
    expect(error.message).toBe(
      `the build of ${project} failed: ${TOOL_PYTHON} -m build --no-isolation --outdir ${join(project, 'dist')} ` +
        '--skip-dependency-check . exited with code 1:\n' +
        '  TypeError: Field `project.version` must be a string\n' +
        '  ERROR Backend subprocess exited when trying to invoke build_sdist',
    );
  });

  it('shows the parse error of a pyproject.toml that is not TOML', async () => {
    await writeFile(join(project, 'pyproject.toml'), '[build-system\nrequires = []\n');
    const error = await buildError(
      buildProject({ ...OFFLINE, workingDirectory: project }, { logger: memoryLogger() }),
    );
    expect(error.message).toMatch(
      /exited with code 1:\n {2}ERROR Failed to parse \.\/pyproject\.toml: .*line 1/,
    );
  });

  it('names the fix when uv is not installed', async () => {
    const emptyPath = await mkdtemp(join(tmpdir(), 'no-uv-'));
    try {
      const error = await buildError(
        buildProject(
          { ...OFFLINE, frontend: 'uv', workingDirectory: project, env: { PATH: emptyPath } },
          { logger: memoryLogger() },
        ),
      );
      expect(error.code).toBe('frontend-missing');
      expect(error.message).toContain('uv was not found');
      expect(error.message).toContain('astral-sh/setup-uv');
      expect(error.message).toContain('use the frontend `build`');
    } finally {
      await rm(emptyPath, { recursive: true, force: true });
    }
  });

  it('names the fix when the interpreter does not exist', async () => {
    const error = await buildError(
      buildProject(
        { ...OFFLINE, python: join(dir.path, 'no-such-python'), workingDirectory: project },
        { logger: memoryLogger() },
      ),
    );
    expect(error.code).toBe('interpreter-missing');
    expect(error.message).toContain(
      `the Python interpreter "${join(dir.path, 'no-such-python')}" was not found`,
    );
  });

  it('names the fix when the interpreter has no build module', async () => {
    const venv = join(dir.path, 'venv');
    await execFileAsync('/usr/bin/python3', ['-m', 'venv', '--without-pip', venv]);
    const python = join(venv, 'bin/python');
    const error = await buildError(
      buildProject({ ...OFFLINE, python, workingDirectory: project }, { logger: memoryLogger() }),
    );
    expect(error.code).toBe('frontend-missing');
    expect(error.message).toContain(`${python} has no \`build\` module`);
    expect(error.message).toContain(`${python} -m pip install build`);
  });

  it('refuses to build neither an sdist nor a wheel', async () => {
    const error = await buildError(
      buildProject(
        { ...OFFLINE, workingDirectory: project, sdist: false, wheel: false },
        { logger: memoryLogger() },
      ),
    );
    expect(error.code).toBe('invalid-options');
  });

  it('reports a build that writes no distribution', async () => {
    const runner: ProcessRunner = {
      run: async () => ({ exitCode: 0, signal: null, stdout: '', tail: [] }),
    };
    const error = await buildError(
      buildProject({ ...OFFLINE, workingDirectory: project }, { logger: memoryLogger(), runner }),
    );
    expect(error.code).toBe('no-dists');
  });
});

describe('the uv frontend', () => {
  it('runs uv build with the list of arguments, never a shell string', async () => {
    const calls: { command: string; args: readonly string[]; cwd: string }[] = [];
    const runner: ProcessRunner = {
      run: async (command, args, options) => {
        calls.push({ command, args, cwd: options.cwd });
        if (command === 'uv') {
          // Stand in for uv: write the dists it would have written.
          const { buildPythonProject } = await import('@pypi-release/testkit');
          await buildPythonProject(options.cwd, args[args.indexOf('--out-dir') + 1] ?? '');
        }
        return { exitCode: command === 'git' ? 128 : 0, signal: null, stdout: '', tail: [] };
      },
    };
    const result = await buildProject(
      {
        frontend: 'uv',
        workingDirectory: project,
        isolation: false,
        python: '3.12',
        args: ['--config-setting', 'a=b c'],
        env: {},
      },
      { logger: memoryLogger(), runner },
    );
    expect(calls.map((c) => c.command)).toEqual(['git', 'uv']);
    expect(calls[1]).toEqual({
      command: 'uv',
      args: [
        'build',
        '--python',
        '3.12',
        '--no-build-isolation',
        '--out-dir',
        join(project, 'dist'),
        '--config-setting',
        'a=b c',
        '.',
      ],
      cwd: project,
    });
    expect(result.commandLine).toBe(
      `uv build --python 3.12 --no-build-isolation --out-dir ${join(project, 'dist')} --config-setting "a=b c" .`,
    );
    expect(result.dists).toHaveLength(2);
  });
});
