import { join } from 'node:path';
import { tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../src/build-project';
import { execFileAsync, memoryLogger, OFFLINE, recordingRunner } from './support/helpers';

const COMMIT_EPOCH = 1_600_000_000; // 2020-09-13T12:26:40Z

let dir: Awaited<ReturnType<typeof tempDir>>;
let project: string;
beforeEach(async () => {
  dir = await tempDir('builder-git-');
  project = join(dir.path, 'repo');
  await writePythonProject(project, { name: 'dated', version: '1.0' });
  const git = (...args: string[]) =>
    execFileAsync('git', args, {
      cwd: project,
      env: {
        PATH: process.env.PATH,
        HOME: dir.path,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_AUTHOR_DATE: `@${COMMIT_EPOCH - 1000} +0000`,
        GIT_COMMITTER_DATE: `@${COMMIT_EPOCH} +0000`,
      },
    });
  await git('init', '-q');
  await git('add', '.');
  await git('commit', '-q', '-m', 'fixture');
});
afterEach(async () => {
  await dir.cleanup();
});

/** The date of each member of a zip archive, as (year, month, day, hour, minute, second). */
async function zipDates(path: string): Promise<string[]> {
  const script = 'import sys, zipfile\nfor i in zipfile.ZipFile(sys.argv[1]).infolist(): print(i.date_time)';
  const { stdout } = await execFileAsync('/usr/bin/python3', ['-c', script, path]);
  return stdout.trim().split('\n');
}

describe('SOURCE_DATE_EPOCH', () => {
  it("is taken from the last commit's date when the environment has none", async () => {
    const runner = recordingRunner();
    const logger = memoryLogger();
    const result = await buildProject({ ...OFFLINE, workingDirectory: project }, { logger, runner });
    expect(result.sourceDateEpoch).toBe(String(COMMIT_EPOCH));
    const build = runner.calls.find((c) => c.args.includes('build'));
    expect(build?.options.env.SOURCE_DATE_EPOCH).toBe(String(COMMIT_EPOCH));
    expect(logger.lines).toContain(
      `SOURCE_DATE_EPOCH=${COMMIT_EPOCH} (2020-09-13T12:26:40.000Z, from the last commit)`,
    );
    const wheel = result.dists.find((d) => d.kind === 'wheel');
    const dates = await zipDates(wheel?.path ?? '');
    expect(dates.length).toBeGreaterThan(2);
    expect(new Set(dates)).toEqual(new Set(['(2020, 9, 13, 12, 26, 40)']));
  });

  it('keeps the value the environment sets', async () => {
    const runner = recordingRunner();
    const result = await buildProject(
      { ...OFFLINE, workingDirectory: project, env: { ...OFFLINE.env, SOURCE_DATE_EPOCH: '1700000000' } },
      { logger: memoryLogger(), runner },
    );
    expect(result.sourceDateEpoch).toBe('1700000000');
    expect(runner.calls.map((c) => c.command)).not.toContain('git');
    expect(runner.calls[0]?.options.env.SOURCE_DATE_EPOCH).toBe('1700000000');
  });

  it('is left unset, with the reason logged, outside a git checkout', async () => {
    await execFileAsync('rm', ['-rf', join(project, '.git')]);
    const logger = memoryLogger();
    const runner = recordingRunner();
    const result = await buildProject(
      { ...OFFLINE, workingDirectory: project, wheel: false },
      { logger, runner },
    );
    expect(result.sourceDateEpoch).toBeUndefined();
    expect(runner.calls.at(-1)?.options.env).not.toHaveProperty('SOURCE_DATE_EPOCH');
    expect(logger.lines.find((l) => l.startsWith('SOURCE_DATE_EPOCH is not set'))).toMatch(
      /not a git repository/,
    );
  });
});
