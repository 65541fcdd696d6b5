import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');
const OFFLINE = {
  python: TOOL_PYTHON,
  isolation: 'false',
  args: '--skip-dependency-check',
  matrix: '{"os":"ubuntu-latest","python":"3.12"}',
};
const ENV = { GITHUB_JOB: 'release-build' };

interface Dist {
  filename: string;
  path: string;
  kind: string;
  size: number;
  sha256: string;
}

/** A project whose backend prints lines that look like workflow commands while it builds. */
async function writeLoudProject(project: string): Promise<void> {
  await writePythonProject(project, { name: 'loud', version: '1.0' });
  const pyproject = join(project, 'pyproject.toml');
  const text = await readFile(pyproject, 'utf8');
  await writeFile(
    pyproject,
    text.replace('build-backend = "hatchling.build"', 'build-backend = "loud"\nbackend-path = ["_backend"]'),
  );
  await mkdir(join(project, '_backend'));
  await writeFile(
    join(project, '_backend/loud.py'),
    [
      'from hatchling.build import *  # noqa: F403',
      'from hatchling import build as _hatch',
      '',
      'def build_sdist(sdist_directory, config_settings=None):',
      "    print('::error::injected by the build', flush=True)",
      "    print('::add-mask::1.0', flush=True)",
      '    return _hatch.build_sdist(sdist_directory, config_settings)',
      '',
    ].join('\n'),
  );
}

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('build bundle on %s', (_label, node) => {
  let workspace: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    workspace = await tempDir('build-action-');
    await writePythonProject(join(workspace.path, 'packages/good'), {
      name: 'Action.Built',
      version: '1.0.0',
      requiresPython: '>=3.10',
    });
    await writePythonProject(join(workspace.path, 'packages/broken'), { name: 'broken', version: '1.0' });
    const pyproject = join(workspace.path, 'packages/broken/pyproject.toml');
    await writeFile(
      pyproject,
      (await readFile(pyproject, 'utf8')).replace('version = "1.0"', 'version = 1.0'),
    );
    await writeLoudProject(join(workspace.path, 'packages/loud'));
  });
  afterAll(async () => {
    await workspace?.cleanup();
  });

  it('builds the sdist and the wheel and sets every output', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: workspace.path,
      env: ENV,
      inputs: { ...OFFLINE, 'working-directory': 'packages/good', outdir: 'dist/good' },
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.name).toBe('Action.Built');
    expect(result.outputs.version).toBe('1.0.0');
    expect(result.outputs['requires-python']).toBe('>=3.10');
    const distDir = join(workspace.path, 'dist/good');
    expect(result.outputs['dist-dir']).toBe(distDir);
    const dists = JSON.parse(result.outputs.dists ?? '[]') as Dist[];
    expect(dists.map((d) => [d.kind, d.filename, d.path])).toEqual([
      ['sdist', 'action_built-1.0.0.tar.gz', join(distDir, 'action_built-1.0.0.tar.gz')],
      ['wheel', 'action_built-1.0.0-py3-none-any.whl', join(distDir, 'action_built-1.0.0-py3-none-any.whl')],
    ]);
    for (const d of dists) {
      expect(d.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(d.size).toBe((await readFile(d.path)).length);
      expect(result.summary).toContain(d.sha256);
    }
    expect(result.outputs['artifact-name']).toBe('');
    expect(result.summary).toContain('### Built Action.Built 1.0.0');
    expect(result.stdout).toContain('::group::Building packages/good');
    expect(result.stdout).toContain('* Building wheel from sdist');
    expect(result.annotations).toEqual([]);
  });

  it('fails once with the command, the exit code and the reason when pyproject.toml is broken', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: workspace.path,
      env: ENV,
      inputs: { ...OFFLINE, 'working-directory': 'packages/broken' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    const message = result.annotations[0]?.message ?? '';
    expect(message).toContain(`${TOOL_PYTHON} -m build --no-isolation --outdir`);
    expect(message).toContain('exited with code 1:');
    expect(message).toContain('TypeError: Field `project.version` must be a string');
    expect(result.outputs).toEqual({});
  });

  it('names the artifact it could not upload when the runner gives no artifact service', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: workspace.path,
      env: ENV,
      inputs: { ...OFFLINE, 'working-directory': 'packages/good', 'upload-artifact': 'true', wheel: 'false' },
    });
    expect(result.exitCode).toBe(1);
    const message = result.annotations[0]?.message ?? '';
    expect(message).toMatch(/^uploading the artifact "dists-release-build-[0-9a-f]{8}" failed: /);
    expect(message).toContain('ACTIONS_RUNTIME_TOKEN');
  });

  it('names both inputs when neither an sdist nor a wheel is wanted', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: workspace.path,
      env: ENV,
      inputs: { ...OFFLINE, 'working-directory': 'packages/good', sdist: 'false', wheel: 'false' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations[0]?.message).toContain('inputs `sdist` and `wheel` are both false');
  });
  it('turns workflow commands off while the build prints (a build line cannot raise an annotation)', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: workspace.path,
      env: ENV,
      inputs: { ...OFFLINE, 'working-directory': 'packages/loud', wheel: 'false' },
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const lines = result.stdout.split('\n');
    const stop = lines.findIndex((l) => /^::stop-commands::[0-9a-f-]{36}$/.test(l));
    const token = lines[stop]?.slice('::stop-commands::'.length);
    const resume = lines.indexOf(`::${token}::`);
    const injected = lines.indexOf('::error::injected by the build');
    expect(stop).toBeGreaterThanOrEqual(0);
    expect(injected).toBeGreaterThan(stop);
    expect(resume).toBeGreaterThan(injected);
    expect(lines.indexOf('::add-mask::1.0')).toBeLessThan(resume);
    expect(result.outputs.version).toBe('1.0');
  });
});
