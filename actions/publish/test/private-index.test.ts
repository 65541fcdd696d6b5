import { join } from 'node:path';
import { type ActionResult, runAction } from '@pypi-release/actions-runtime';
import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');
const USER = 'release-bot';
const PASSWORD = 'corp-CANARY-password-never-print-5a1';

function visible(result: ActionResult): string {
  const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
}

describe('publish bundle to a private index (username, HTML-only read-back, auth on read, index policy)', () => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let index: RunningIndex;
  let data: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    fixture = await buildFixture({ name: 'corp-action', version: '2.0.0+corp.7' });
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });
  beforeEach(async () => {
    data = await tempDir('publish-private-');
    index = await startIndex({
      dataDir: data.path,
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
  });
  afterEach(async () => {
    await index.close();
    await data.cleanup();
  });

  it('uploads a local version with username and password, verifies through HTML, and never shows the password', async () => {
    const inputs = {
      'repository-url': index.uploadUrl,
      username: USER,
      password: PASSWORD,
      'skip-existing': 'true',
    };
    const result = await runAction({ actionDir, workspace: fixture.root, inputs });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.uploaded).toBe('2');
    expect(result.stdout).toContain('(generic index policy)');
    expect(visible(result)).not.toContain(PASSWORD);
    expect(visible(result)).not.toContain(Buffer.from(`${USER}:${PASSWORD}`).toString('base64'));
    expect(result.stdout).toContain(`::add-mask::${PASSWORD}`);
  });

  it('refuses the local version with index-policy pypi, before any upload', async () => {
    const inputs = {
      'repository-url': index.uploadUrl,
      username: USER,
      password: PASSWORD,
      'index-policy': 'pypi',
    };
    const result = await runAction({ actionDir, workspace: fixture.root, inputs });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('[metadata-local-version]');
    expect(index.storage.index.projects()).toEqual([]);
    expect(visible(result)).not.toContain(PASSWORD);
  });

  it('names the input when index-policy is unknown', async () => {
    const inputs = { 'repository-url': index.uploadUrl, 'index-policy': 'private' };
    const result = await runAction({ actionDir, workspace: fixture.root, inputs });
    expect(result.exitCode).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('input `index-policy` must be auto, pypi or generic');
  });
});
