import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const execFileAsync = promisify(execFile);
const repoRoot = join(import.meta.dirname, '../../..');
const OFFLINE = ['--no-isolation', '--python', TOOL_PYTHON, '--', '--skip-dependency-check'];

let dir: Awaited<ReturnType<typeof tempDir>>;
let project: string;
beforeEach(async () => {
  dir = await tempDir('cli-build-');
  project = join(dir.path, 'project');
  await writePythonProject(project, { name: 'cli-built', version: '0.3.0' });
});
afterEach(async () => {
  await dir.cleanup();
});

describe('pypi-release build', () => {
  it('builds the sdist and the wheel, streams the build to stderr and prints the table to stdout', async () => {
    const io = captureIo({ PATH: process.env.PATH, HOME: process.env.HOME });
    const code = await runCli(['build', project, ...OFFLINE], io);
    expect(code, io.err()).toBe(0);
    const out = io.out();
    expect(out).toContain('cli_built-0.3.0.tar.gz');
    expect(out).toContain('cli_built-0.3.0-py3-none-any.whl');
    expect(out).toContain(`Built cli-built 0.3.0 into ${join(project, 'dist')}`);
    expect(io.err()).toContain('* Building sdist...');
    expect((await readdir(join(project, 'dist'))).sort()).toEqual([
      'cli_built-0.3.0-py3-none-any.whl',
      'cli_built-0.3.0.tar.gz',
    ]);
  });

  it('builds only the wheel with --wheel, into --outdir', async () => {
    const outdir = join(dir.path, 'out');
    const io = captureIo({ PATH: process.env.PATH, HOME: process.env.HOME });
    const code = await runCli(['build', project, '--wheel', '--outdir', outdir, ...OFFLINE], io);
    expect(code, io.err()).toBe(0);
    expect(await readdir(outdir)).toEqual(['cli_built-0.3.0-py3-none-any.whl']);
  });

  it('fails with exit code 1, the command and the reason when pyproject.toml is broken', async () => {
    const pyproject = await readFile(join(project, 'pyproject.toml'), 'utf8');
    await writeFile(join(project, 'pyproject.toml'), pyproject.replace('version = "0.3.0"', 'version = 0.3'));
    const io = captureIo({ PATH: process.env.PATH, HOME: process.env.HOME });
    expect(await runCli(['build', project, ...OFFLINE], io)).toBe(1);
    const err = io.err();
    expect(err).toContain('pypi-release build: the build of');
    expect(err).toContain(`${TOOL_PYTHON} -m build --no-isolation`);
    expect(err).toContain('exited with code 1:');
    expect(err).toContain('TypeError: Field `project.version` must be a string');
    expect(io.out()).toBe('');
  });

  it('refuses two project folders and an unknown frontend with exit code 2', async () => {
    const two = captureIo({ PATH: process.env.PATH, HOME: process.env.HOME });
    expect(await runCli(['build', 'a', 'b'], two)).toBe(2);
    expect(two.err()).toContain('name one project folder, not 2 (a, b)');
    const pip = captureIo({ PATH: process.env.PATH, HOME: process.env.HOME });
    expect(await runCli(['build', '--frontend', 'pip'], pip)).toBe(2);
    expect(pip.err()).toContain('--frontend must be `build` or `uv`');
  });

  it('runs from the repository root with pnpm --silent (the command-line contract)', async () => {
    const { stdout } = await execFileAsync(
      'pnpm',
      ['--silent', 'pypi-release', 'build', project, '--sdist', ...OFFLINE],
      { cwd: repoRoot },
    );
    expect(stdout).toContain('cli_built-0.3.0.tar.gz');
    expect(stdout).not.toContain('.whl');
  });
});
