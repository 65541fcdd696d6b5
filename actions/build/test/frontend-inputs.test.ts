import { join } from 'node:path';
import { runAction } from '@pypi-release/actions-runtime';
import { tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');

describe('build action inputs for the frontend', () => {
  let workspace: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    workspace = await tempDir('build-inputs-');
    await writePythonProject(join(workspace.path, 'demo'), { name: 'demo', version: '1.0' });
  });
  afterAll(async () => {
    await workspace?.cleanup();
  });

  it('refuses an index-url that is no http(s) or file URL, naming the input', async () => {
    const result = await runAction({
      actionDir,
      workspace: workspace.path,
      inputs: { 'working-directory': 'demo', 'index-url': 'pypi.org/simple' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations.map((a) => a.message)).toEqual([
      expect.stringContaining('input `index-url` must be an http(s):// or file:// URL'),
    ]);
  });

  it('says uv is missing and how to install it when frontend is uv and PATH has no uv', async () => {
    const result = await runAction({
      actionDir,
      workspace: workspace.path,
      env: { PATH: '/usr/bin:/bin' },
      inputs: { 'working-directory': 'demo', frontend: 'uv' },
    });
    expect(result.exitCode).toBe(1);
    expect(result.annotations).toHaveLength(1);
    const message = result.annotations[0]?.message ?? '';
    expect(message).toContain(
      'uv was not found ("uv" is not on PATH): install it first (astral-sh/setup-uv in a workflow',
    );
    expect(message).toContain('or use the frontend `build`');
  });

  it('masks a password given in index-url and never prints it', async () => {
    const secret = 'pw-do-not-print-1234';
    const result = await runAction({
      actionDir,
      workspace: workspace.path,
      env: { PATH: '/usr/bin:/bin' },
      inputs: {
        'working-directory': 'demo',
        frontend: 'uv',
        'index-url': `https://user:${secret}@mirror.invalid/simple/`,
      },
    });
    expect(result.stdout).toContain(`::add-mask::${secret}`);
    expect(result.stdout).toContain('index: https://user:***@mirror.invalid/simple/ (input index-url)');
    const shown = result.stdout.replace(`::add-mask::${secret}`, '') + result.stderr + result.summary;
    expect(shown).not.toContain(secret);
  });
});
