import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const USER = 'release-bot';
const PASSWORD = 'corp-password-canary-9f3e';

/** The local index configured as a private index: accounts, auth on every read, HTML only, generic policy. */
async function privateIndex(dataDir: string): Promise<RunningIndex> {
  return startIndex({
    dataDir,
    config: parseConfig(
      {
        accounts: [{ username: USER, password: PASSWORD }],
        authOnRead: true,
        htmlOnly: true,
        policy: 'generic',
      },
      'test',
    ),
  });
}

describe('pypi-release publish to a private index', () => {
  let local: Awaited<ReturnType<typeof buildFixture>>;
  let index: RunningIndex;
  let data: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    local = await buildFixture({ name: 'corp-tool', version: '1.0.0+corp.1' });
  }, 180_000);
  afterAll(async () => {
    await local?.cleanup();
  });
  beforeEach(async () => {
    data = await tempDir('cli-private-');
    index = await privateIndex(join(data.path, 'index'));
  });
  afterEach(async () => {
    await index.close();
    await data.cleanup();
  });

  const secretFree = (text: string) => {
    expect(text).not.toContain(PASSWORD);
    expect(text).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'));
  };

  it('publishes a local version with --username and PYPI_TOKEN, reading back the HTML-only, auth-on-read index', async () => {
    const io = captureIo({ PYPI_TOKEN: PASSWORD });
    const args = [
      'publish',
      '--repository-url',
      index.uploadUrl,
      '--username',
      USER,
      '--skip-existing',
      local.dist,
    ];
    const code = await runCli(args, io);
    expect(code, io.err()).toBe(0);
    expect(io.out()).toMatch(/uploaded\s+corp_tool-1\.0\.0\+corp\.1\.tar\.gz/);
    expect(io.err()).toContain('(generic index policy)');
    expect(io.err()).toContain('[metadata-local-version]');
    expect(io.err()).toMatch(/Verified through .*: every file is on the index with its sha256/);
    secretFree(io.out() + io.err());

    const again = captureIo({ PYPI_TOKEN: PASSWORD });
    expect(await runCli(args, again), again.err()).toBe(0);
    expect(again.out()).toMatch(/skipped\s+corp_tool-1\.0\.0\+corp\.1\.tar\.gz/);
  });

  it('refuses the local version under --index-policy pypi, before any upload', async () => {
    const io = captureIo({ PYPI_TOKEN: PASSWORD, PYPI_USERNAME: USER });
    const code = await runCli(
      ['publish', '--repository-url', index.uploadUrl, '--index-policy', 'pypi', local.dist],
      io,
    );
    expect(code).toBe(1);
    expect(io.err()).toContain('[metadata-local-version]');
    expect(io.err()).toContain('use the index policy "generic"');
    expect(index.storage.index.projects()).toEqual([]);
  });

  it('reads the repository, username and password from a .pypirc section (--repository, --config-file)', async () => {
    const pypirc = join(data.path, 'pypirc');
    await writeFile(
      pypirc,
      `[distutils]\nindex-servers =\n    pypi\n    corp\n\n[corp]\nrepository = ${index.uploadUrl}\nusername = ${USER}\npassword = ${PASSWORD}\n`,
    );
    const io = captureIo({});
    const code = await runCli(['publish', '--repository', 'corp', '--config-file', pypirc, local.dist], io);
    expect(code, io.err()).toBe(0);
    expect(io.err()).toContain(`with the username ${USER} and its password`);
    secretFree(io.out() + io.err());
  });

  it('lets flags and environment win over the .pypirc, as twine does', async () => {
    const pypirc = join(data.path, 'pypirc');
    await writeFile(
      pypirc,
      `[distutils]\nindex-servers = corp\n\n[corp]\nrepository = ${index.uploadUrl}\nusername = someone-else\npassword = wrong-password-1\n`,
    );
    const io = captureIo({ PYPI_TOKEN: PASSWORD });
    const args = ['publish', '-r', 'corp', '--config-file', pypirc, '--username', USER, local.dist];
    expect(await runCli(args, io), io.err()).toBe(0);
    const wrong = captureIo({});
    expect(
      await runCli(['publish', '-r', 'corp', '--config-file', pypirc, '--dry-run', local.dist], wrong),
    ).toBe(1);
    expect(wrong.err()).toContain('this index needs authentication to be read');
    expect(wrong.err()).toContain('The credentials were refused');
    expect(wrong.out() + wrong.err()).not.toContain('wrong-password-1');
  });

  it('names the missing section and the file', async () => {
    const pypirc = join(data.path, 'pypirc');
    await writeFile(pypirc, '[distutils]\nindex-servers = pypi\n');
    const io = captureIo({ PYPI_TOKEN: PASSWORD });
    expect(await runCli(['publish', '-r', 'corp', '--config-file', pypirc, local.dist], io)).toBe(1);
    expect(io.err()).toContain(`Missing 'corp' section from ${pypirc}`);
  });

  it('says the index needs credentials to be read when a dry run has none', async () => {
    const io = captureIo({});
    const code = await runCli(['publish', '--repository-url', index.uploadUrl, '--dry-run', local.dist], io);
    expect(code).toBe(1);
    expect(io.err()).toContain('answered 401: this index needs authentication to be read');
  });
});
