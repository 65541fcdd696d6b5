import { execFile } from 'node:child_process';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject, PYTHON } from './support/python-dists';
import { startTestIndex, type TestIndex, tempDir } from './support/test-index';

const run = promisify(execFile);
const USER = 'release-bot';
const PASSWORD = 'corp-password-real-clients-4d';
let dir: string;
let dists: { sdist: string; wheel: string };
let index: TestIndex;

beforeAll(async () => {
  dir = await tempDir('index-private-clients-');
  // Debian's twine 4.0.2 reads Metadata-Version up to 2.2 only: hatchling is told to write 2.2.
  dists = await buildProject(dir, { name: 'corp-tool', version: '1.0.0+corp.1', coreMetadataVersion: '2.2' });
  index = await startTestIndex({
    accounts: [{ username: USER, password: PASSWORD }],
    authOnRead: true,
    htmlOnly: true,
    policy: 'generic',
  });
});
afterAll(async () => {
  await index.dispose();
  await rm(dir, { recursive: true, force: true });
});

const env = {
  ...process.env,
  TERM: 'dumb',
  PIP_CONFIG_FILE: '/dev/null',
  PIP_NO_INPUT: '1',
  PIP_RETRIES: '0',
  NO_PROXY: '127.0.0.1',
  PYTHONNOUSERSITE: '1',
};

describe('real clients against the private mode (accounts, auth on read, HTML only, generic policy)', () => {
  it("Debian's twine uploads a local version with a username and password", async () => {
    const args = [
      'upload',
      '--non-interactive',
      '--repository-url',
      index.uploadUrl,
      '-u',
      USER,
      '-p',
      PASSWORD,
    ];
    await run('/usr/bin/twine', [...args, dists.sdist, dists.wheel], { env });
    const project = index.storage.index.project('corp-tool');
    expect(project && index.storage.index.filesOfProject(project.id)).toHaveLength(2);
  });

  it('pip downloads it with credentials from the HTML-only index, and finds nothing without (401)', async () => {
    const authed = index.simpleUrl.replace('http://', `http://${USER}:${PASSWORD}@`);
    const out = join(dir, 'downloaded');
    const pip = [PYTHON, '-m', 'pip', 'download', '--no-deps', '--no-cache-dir', '--dest', out];
    await run(pip[0] as string, [...pip.slice(1), '--index-url', authed, 'corp-tool==1.0.0+corp.1'], { env });
    expect((await readdir(out)).sort()).toEqual(['corp_tool-1.0.0+corp.1-py3-none-any.whl']);
    const anonymous = await run(
      pip[0] as string,
      [...pip.slice(1), '--index-url', index.simpleUrl, 'corp-tool'],
      {
        env,
      },
    ).catch((error: { stdout: string; stderr: string }) => error);
    expect(`${anonymous.stdout}${anonymous.stderr}`).toMatch(/No matching distribution found for corp-tool/);
  });
});
