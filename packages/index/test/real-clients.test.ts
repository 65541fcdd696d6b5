import { execFile } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDists, buildProject, PYTHON } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';

const run = promisify(execFile);
let dir: string;
let dists: BuiltDists;
let index: TestIndex;

beforeAll(async () => {
  dir = await tempDir('index-clients-');
  // Debian's twine 4.0.2 reads Metadata-Version 1.0–2.2 only; today's hatchling writes 2.4 by default.
  dists = await buildProject(dir, {
    name: 'Real.Client_Demo',
    version: '0.3.0rc1',
    coreMetadataVersion: '2.2',
  });
  index = await startTestIndex();
});
afterAll(async () => {
  await index.dispose();
  await rm(dir, { recursive: true, force: true });
});

/** Environment for Python tools: no user config, no proxy, nothing from PyPI. */
const env = {
  ...process.env,
  TERM: 'dumb',
  PIP_CONFIG_FILE: '/dev/null',
  PIP_NO_INPUT: '1',
  NO_PROXY: '127.0.0.1',
  PYTHONNOUSERSITE: '1',
};

describe('real clients (PYPI.md §2, §4)', () => {
  it("Debian's twine uploads an sdist and a wheel, and again with --skip-existing", async () => {
    const args = [
      'upload',
      '--non-interactive',
      '--repository-url',
      index.uploadUrl,
      '-u',
      '__token__',
      '-p',
      TOKEN,
    ];
    await run('/usr/bin/twine', [...args, dists.sdist, dists.wheel], { env });
    const again = await run('/usr/bin/twine', [...args, '--skip-existing', dists.sdist, dists.wheel], {
      env,
    });
    expect(again.stdout + again.stderr).not.toMatch(/error/i);
    const project = index.storage.index.project('real-client-demo')!;
    expect(index.storage.index.filesOfProject(project.id)).toHaveLength(2);
  });

  it('twine reports a 403 for a wrong token', async () => {
    const result = run(
      '/usr/bin/twine',
      [
        'upload',
        '--non-interactive',
        '--repository-url',
        index.uploadUrl,
        '-u',
        '__token__',
        '-p',
        'pypi-wrong',
        dists.wheel,
      ],
      { env },
    );
    const error = (await result.then(
      () => undefined,
      (e: unknown) => e,
    )) as { stdout: string; stderr: string } | undefined;
    expect(error).toBeDefined();
    expect(`${error?.stdout}${error?.stderr}`).toMatch(
      /HTTPError: 403 Forbidden[\s\S]*Invalid or non-existent[\s\S]*authentication information/,
    );
  });

  it('pip installs the uploaded package from /simple/ into a fresh venv, and it imports', async () => {
    const venv = join(dir, 'venv');
    await run(PYTHON, ['-m', 'venv', venv], { env });
    await run(
      join(venv, 'bin', 'pip'),
      ['install', '--pre', '--no-cache-dir', '--index-url', index.simpleUrl, 'real-client-demo'],
      { env },
    );
    const { stdout } = await run(
      join(venv, 'bin', 'python'),
      ['-c', 'import real_client_demo; print(real_client_demo.__version__)'],
      { env },
    );
    expect(stdout.trim()).toBe('0.3.0rc1');
  });
});
