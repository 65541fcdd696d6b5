import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BuildError } from '../src/errors';
import { type FrontendInstallContext, prepareBuildFrontend } from '../src/frontend-install';
import { type FrontendLock, parseFrontendLock } from '../src/frontend-lock';
import type { OutputLine, ProcessRunner, RunOptions } from '../src/process-runner';
import type { PythonInfo } from '../src/python-probe';

const BUILD_SHA = 'ecd351a4be9d35a9eaaba244a7687143c9c7d4aea6ac964e7e7ddab20cbcf4e7';
const LOCK: FrontendLock = parseFrontendLock(
  {
    'requires-python': '>=3.11',
    packages: [
      {
        name: 'build',
        version: '1.6.1',
        wheel: 'build-1.6.1-py3-none-any.whl',
        sha256: BUILD_SHA,
        'requires-python': '>=3.10',
      },
      {
        name: 'colorama',
        version: '0.4.6',
        marker: 'os_name == "nt"',
        wheel: 'colorama-0.4.6-py2.py3-none-any.whl',
        sha256: '4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6',
      },
    ],
  },
  'test/frontend-lock.json',
);

interface Call {
  readonly command: string;
  readonly args: readonly string[];
  readonly options: RunOptions;
}

/** Plays `python -m venv` (makes the folder) and pip (prints `pipOutput`, exits `pipExit`), recording each call. */
function fakeRunner(pipOutput: string[] = ['Successfully installed build-1.6.1'], pipExit = 0) {
  const calls: Call[] = [];
  const runner: ProcessRunner = {
    async run(command, args, options) {
      calls.push({ command, args, options });
      if (args[1] === 'venv') await mkdir(join(args[2] as string, 'bin'), { recursive: true });
      const lines: OutputLine[] =
        args[1] === 'pip' ? pipOutput.map((text) => ({ stream: 'stdout', text })) : [];
      for (const line of lines) options.onLine?.(line);
      return { exitCode: args[1] === 'pip' ? pipExit : 0, signal: null, stdout: '', tail: lines };
    },
  };
  return { runner, calls };
}

describe('frontend install', () => {
  let temp: Awaited<ReturnType<typeof tempDir>>;
  let logs: string[];
  beforeEach(async () => {
    temp = await tempDir('frontend-install-');
    logs = [];
  });
  afterEach(async () => {
    await temp.cleanup();
  });

  function context(
    info: Partial<PythonInfo>,
    runner: ProcessRunner,
    reachable: (url: string) => Promise<string | undefined> = async () => undefined,
  ): FrontendInstallContext & { probed: string[] } {
    const probed: string[] = [];
    return {
      probed,
      env: { PATH: '/usr/bin' },
      cwd: temp.path,
      runner,
      probe: async (python) => {
        probed.push(python);
        return { version: '3.12.4', executable: '/opt/py/bin/python3.12', build: undefined, ...info };
      },
      reachable,
      platform: 'linux',
      logger: { info: (m) => logs.push(m) },
    };
  }

  it('uses a build the interpreter already has, and says so', async () => {
    const { runner, calls } = fakeRunner();
    const { python, description } = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({ build: '1.2.2' }, runner),
    );
    expect(python).toBe('python3');
    expect(description).toBe(
      'build 1.2.2, already installed in python3 (/opt/py/bin/python3.12), Python 3.12.4',
    );
    expect(calls).toEqual([]);
    expect(logs).toEqual([
      'frontend: build 1.2.2, already installed in python3 (/opt/py/bin/python3.12), Python 3.12.4 (the pinned 1.6.1 is not installed)',
    ]);
  });

  it('installs the pinned build when the installed one is older than 1.0', async () => {
    const { runner, calls } = fakeRunner();
    const { python } = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({ build: '0.10.0' }, runner),
    );
    expect(python).toMatch(/pypi-release-build-frontend-[0-9a-f]{12}\/bin\/python$/);
    expect(calls.map((c) => c.args[1])).toEqual(['venv', 'pip']);
  });

  it('makes a private venv under the temp folder and installs the lock with --require-hashes from index-url', async () => {
    const { runner, calls } = fakeRunner([
      'Looking in indexes: http://mirror/simple/',
      'Successfully installed build-1.6.1 packaging-26.3',
    ]);
    const { python, description } = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path, indexUrl: 'http://user:s3cret@mirror/simple/' },
      context({}, runner),
    );
    const venv = join(python, '..', '..');
    expect(venv.startsWith(temp.path)).toBe(true);
    expect(calls[0]).toMatchObject({ command: 'python3', args: ['-m', 'venv', venv] });
    expect(calls[1]?.command).toBe(python);
    const requirements = join(venv, 'frontend-requirements.txt');
    expect(calls[1]?.args).toEqual([
      '-m',
      'pip',
      'install',
      '--disable-pip-version-check',
      '--no-input',
      '--require-hashes',
      '--only-binary',
      ':all:',
      '--index-url',
      'http://user:s3cret@mirror/simple/',
      '-r',
      requirements,
    ]);
    expect(await readFile(requirements, 'utf8')).toBe(
      '# generated from test/frontend-lock.json\n' +
        `build==1.6.1 --hash=sha256:${BUILD_SHA}\n` +
        'colorama==0.4.6 ; os_name == "nt" --hash=sha256:4f1d9991f5acc0ca119f9d443620b77f9d6b33703e51011c16baf57afb285fc6\n',
    );
    const done = logs.find((l) => l.startsWith('frontend: build 1.6.1 installed from'));
    expect(done).toMatch(
      /^frontend: build 1\.6\.1 installed from http:\/\/user:\*\*\*@mirror\/simple\/ in \d+\.\d s \(build-1\.6\.1 packaging-26\.3; every sha256 checked against test\/frontend-lock\.json\)$/,
    );
    expect(description).toMatch(
      /^build 1\.6\.1, pinned by test\/frontend-lock\.json, installed from http:\/\/user:\*\*\*@mirror\/simple\/ in \d+\.\d s$/,
    );
    expect(`${logs.join('\n')}${description}`).not.toContain('s3cret');
  });

  it('reuses the venv an earlier build of the job filled, without running pip again', async () => {
    const first = fakeRunner();
    const { python } = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({}, first.runner),
    );
    const second = fakeRunner();
    const { python: again, description: reused } = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({}, second.runner),
    );
    expect(again).toBe(python);
    expect(reused).toBe(
      "build 1.6.1, pinned by test/frontend-lock.json, installed from pip's default index https://pypi.org/simple by an earlier step",
    );
    expect(second.calls).toEqual([]);
    expect(logs.at(-1)).toMatch(
      /^frontend: build 1\.6\.1 from \S+ \(installed by an earlier step of this job\)$/,
    );
  });

  // No Python older than 3.11 is installed on this machine: the interpreter's answer is injected here.
  it('refuses a Python older than the lock covers before pip runs, in one line with the fix', async () => {
    const { runner, calls } = fakeRunner();
    const ctx = context({ version: '3.10.12', executable: '/opt/py310/bin/python3.10' }, runner);
    const error = await prepareBuildFrontend('python3', { lock: LOCK, tempDir: temp.path }, ctx).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BuildError);
    expect(error).toMatchObject({ code: 'python-unsupported' });
    expect((error as Error).message).toBe(
      'python3 (/opt/py310/bin/python3.10), Python 3.10.12 is outside what the frontend lock test/frontend-lock.json ' +
        'supports (Python >=3.11; build 1.6.1 itself needs >=3.10): use a supported Python (python-version in ' +
        'actions/setup-python), or install build into that interpreter first (python3 -m pip install build), ' +
        'which is then used as it is',
    );
    expect(calls).toEqual([]);
    expect(ctx.probed).toEqual(['python3']);
  });

  it.each(['3.11.0', '3.13.1', '3.14.0'])('accepts Python %s', async (version) => {
    const { runner, calls } = fakeRunner();
    await prepareBuildFrontend('python3', { lock: LOCK, tempDir: temp.path }, context({ version }, runner));
    expect(calls).toHaveLength(2);
  });

  it('names the index and the fix when it cannot be reached, and leaves no half-made venv', async () => {
    const pip = [
      'ERROR: Could not find a version that satisfies the requirement build==1.6.1 (from versions: none)',
    ];
    const { runner } = fakeRunner(pip, 1);
    const ctx = context({}, runner, async () => 'ECONNREFUSED');
    const error = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path, indexUrl: 'http://127.0.0.1:9/simple/' },
      ctx,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'index-unreachable',
      message:
        "the index http://127.0.0.1:9/simple/ could not be reached (ECONNREFUSED) to install build 1.6.1: check index-url (a PEP 503 simple index such as https://pypi.org/simple/), or leave it empty to use pip's configured index",
    });
    expect(await readdir(temp.path)).toEqual([]);
  });

  it('says the index lacks the pinned wheels when it answers but has no build 1.6.1', async () => {
    const pip = ['ERROR: No matching distribution found for build==1.6.1'];
    const { runner } = fakeRunner(pip, 1);
    const error = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({}, runner),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'frontend-install-failed' });
    expect((error as Error).message).toBe(
      'the index https://pypi.org/simple/ has no build==1.6.1 to install: it must serve the wheels pinned in ' +
        'test/frontend-lock.json (build-1.6.1-py3-none-any.whl, colorama-0.4.6-py2.py3-none-any.whl); mirror them ' +
        'there, or leave index-url empty to use PyPI',
    );
  });

  it('names the file, both hashes and the index on a hash mismatch', async () => {
    const got = 'f'.repeat(64);
    const pip = [
      'Looking in indexes: http://mirror/simple/',
      'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes.',
      '    build==1.6.1 from http://mirror/files/build-1.6.1-py3-none-any.whl (from -r /t/frontend-requirements.txt (line 2)):',
      `        Expected sha256 ${BUILD_SHA}`,
      `             Got        ${got}`,
    ];
    const { runner } = fakeRunner(pip, 1);
    const error = await prepareBuildFrontend(
      'python3',
      { lock: LOCK, tempDir: temp.path },
      context({}, runner),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      code: 'hash-mismatch',
      message:
        `hash mismatch installing the frontend: build==1.6.1 from http://mirror/files/build-1.6.1-py3-none-any.whl has sha256 ${got}, ` +
        `the lock says ${BUILD_SHA} (test/frontend-lock.json holds PyPI's hashes): the index http://mirror/simple/ ` +
        'serves a different file under that name; nothing was installed. Point index-url at PyPI or a faithful mirror',
    });
    expect(await readdir(temp.path)).toEqual([]);
  });
});
