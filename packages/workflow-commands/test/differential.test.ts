/**
 * Our workflow commands against @actions/core 3's, on the same inputs: each scenario runs with one library, then
 * the other, in a fresh environment and fresh runner files, capturing standard output; the random heredoc
 * delimiters are the only difference allowed.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as actionsCore from '@actions/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as ours from '../src/index';

type Library = Pick<
  typeof ours,
  | 'getInput'
  | 'getBooleanInput'
  | 'setOutput'
  | 'setSecret'
  | 'info'
  | 'debug'
  | 'warning'
  | 'error'
  | 'notice'
  | 'setFailed'
  | 'group'
>;

const core: Library = actionsCore as unknown as Library;

interface Observed {
  stdout: string;
  output: string | undefined;
  result: unknown;
  thrown: string | undefined;
  exitCode: typeof process.exitCode;
}

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
  process.exitCode = undefined;
  vi.restoreAllMocks();
});

async function observe(
  lib: Library,
  env: Record<string, string>,
  scenario: (lib: Library) => unknown,
  withOutputFile = true,
): Promise<Observed> {
  const dir = mkdtempSync(join(tmpdir(), 'workflow-commands-'));
  try {
    const outputFile = join(dir, 'output');
    writeFileSync(outputFile, '');
    process.env = {
      PATH: savedEnv.PATH ?? '',
      ...env,
      ...(withOutputFile ? { GITHUB_OUTPUT: outputFile } : {}),
    };
    process.exitCode = undefined;
    let stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    let result: unknown;
    let thrown: string | undefined;
    try {
      result = await scenario(lib);
    } catch (error) {
      thrown = `${(error as Error).name}: ${(error as Error).message}`;
    }
    vi.restoreAllMocks();
    const normalise = (text: string) => text.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_X');
    return {
      stdout: normalise(stdout),
      output: withOutputFile ? normalise(readFileSync(outputFile, 'utf8')) : undefined,
      result,
      thrown,
      exitCode: process.exitCode,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    process.exitCode = undefined;
  }
}

async function expectSame(
  env: Record<string, string>,
  scenario: (lib: Library) => unknown,
  withOutputFile = true,
): Promise<Observed> {
  const theirs = await observe(core, env, scenario, withOutputFile);
  const mine = await observe(ours, env, scenario, withOutputFile);
  expect(mine).toEqual(theirs);
  return mine;
}

const AWKWARD = [
  'plain',
  '',
  '100% done: a, b and c',
  'two\nlines\r\nand a CR\r',
  '%0A already escaped, %25 too',
  'unicode: café ✔ 🐍',
  '::error::injected',
];

describe('workflow commands, compared with @actions/core 3', () => {
  it.each(AWKWARD)('info, debug, warning, error, setSecret of %j', async (message) => {
    const seen = await expectSame({}, (lib) => {
      lib.info(message);
      lib.debug(message);
      lib.warning(message);
      lib.error(message);
      lib.setSecret(message);
    });
    expect(seen.stdout.split('\n').length).toBeGreaterThanOrEqual(5);
  });

  it('warning and error of an Error object', async () => {
    await expectSame({}, (lib) => {
      lib.warning(new TypeError('bad: input, 100%\nsecond line'));
      lib.error(new RangeError('out of range'));
    });
  });

  it.each<[string, ours.AnnotationProperties]>([
    ['a title', { title: 'wheel-tag: bad, really' }],
    ['a place', { file: 'dist/a b.whl', startLine: 3, endLine: 4, startColumn: 1, endColumn: 10 }],
    ['zeros and blanks', { title: '', startLine: 0 }],
  ])('error, warning and notice with %s', async (_label, where) => {
    await expectSame({}, (lib) => {
      lib.error('e: 1%', where);
      lib.warning(new Error('w'), where);
      lib.notice('n\nsecond', where);
    });
  });

  it('setFailed writes an error and sets exit code 1', async () => {
    const seen = await expectSame({}, (lib) => lib.setFailed('the index refused the upload:\n403 Forbidden'));
    expect(seen.exitCode).toBe(1);
    expect(seen.stdout).toBe('::error::the index refused the upload:%0A403 Forbidden\n');
  });

  it.each<[string, unknown]>([
    ['files', '[{"filename":"a.whl"}]'],
    ['multi', 'line one\nline two\n'],
    ['count', 3],
    ['flag', false],
    ['object', { a: [1, 'two'], b: null }],
    ['nothing', undefined],
    ['null', null],
    ['empty', ''],
  ])('setOutput(%j, …) through GITHUB_OUTPUT', async (name, value) => {
    const seen = await expectSame({}, (lib) => lib.setOutput(name, value));
    expect(seen.output).toMatch(new RegExp(`^${name}<<ghadelimiter_X\n`));
  });

  it.each<[string, unknown]>([
    ['files', 'a, b: 100%\nsecond'],
    ['count', 2],
  ])('setOutput(%j, …) without GITHUB_OUTPUT (the set-output command)', async (name, value) => {
    const seen = await expectSame({}, (lib) => lib.setOutput(name, value), false);
    expect(seen.stdout).toContain('::set-output name=');
  });

  it.each<[string, Record<string, string>]>([
    ['packages-dir', { 'INPUT_PACKAGES-DIR': '  dist/  ' }],
    ['repository url', { INPUT_REPOSITORY_URL: 'https://upload.pypi.org/legacy/' }],
    ['Mixed-Case', { 'INPUT_MIXED-CASE': 'x' }],
    ['unset', {}],
  ])('getInput(%j)', async (name, env) => {
    await expectSame(env, (lib) => lib.getInput(name));
    await expectSame(env, (lib) => lib.getInput(name, { trimWhitespace: false }));
    await expectSame(env, (lib) => lib.getInput(name, { required: true }));
  });

  it.each(['true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'yes', '1', '', ' true '])(
    'getBooleanInput of %j',
    async (value) => {
      await expectSame({ INPUT_VERIFY: value }, (lib) => lib.getBooleanInput('verify'));
    },
  );

  it('group folds the lines of its function, and ends the group when it throws', async () => {
    const ok = await expectSame({}, (lib) =>
      lib.group('Downloading: artifact, 100%', async () => {
        lib.info('inside');
        return 42;
      }),
    );
    expect(ok.result).toBe(42);
    const failed = await expectSame({}, (lib) =>
      lib.group('failing', async () => {
        throw new Error('boom');
      }),
    );
    expect(failed.thrown).toBe('Error: boom');
    expect(failed.stdout).toBe('::group::failing\n::endgroup::\n');
  });
});

describe('the job summary, compared with @actions/core 3', () => {
  async function summaryOf(lib: 'ours' | 'theirs', env: Record<string, string>, text: string) {
    process.env = { PATH: savedEnv.PATH ?? '', ...env };
    try {
      if (lib === 'ours') await ours.appendSummary(text);
      else {
        // @actions/core's summary is a singleton that remembers the first file it wrote to: forget it.
        (actionsCore.summary as unknown as { _filePath?: string | undefined })._filePath = undefined;
        await actionsCore.summary.addRaw(text).write();
      }
      return { thrown: undefined };
    } catch (error) {
      return { thrown: (error as Error).message };
    }
  }

  it('appends to GITHUB_STEP_SUMMARY, as addRaw(…).write() does', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'workflow-summary-'));
    try {
      const file = join(dir, 'summary.md');
      writeFileSync(file, 'before\n');
      const env = { GITHUB_STEP_SUMMARY: file };
      expect(await summaryOf('theirs', env, '## Published\n\n| a | b |\n')).toEqual({ thrown: undefined });
      const theirs = readFileSync(file, 'utf8');
      writeFileSync(file, 'before\n');
      expect(await summaryOf('ours', env, '## Published\n\n| a | b |\n')).toEqual({ thrown: undefined });
      expect(readFileSync(file, 'utf8')).toBe(theirs);
      expect(theirs).toBe('before\n## Published\n\n| a | b |\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses the same way when the variable is missing or the file cannot be written', async () => {
    for (const env of [{}, { GITHUB_STEP_SUMMARY: '/nonexistent/folder/summary.md' }]) {
      const theirs = await summaryOf('theirs', env, 'x');
      expect(theirs.thrown).toBeDefined();
      expect(await summaryOf('ours', env, 'x')).toEqual(theirs);
    }
  });
});
