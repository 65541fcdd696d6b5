import { readdir, rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchConfiguredToken } from '../src/http/auth';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

let dir: string;
let dists: BuiltDists;
let index: TestIndex;

beforeAll(async () => {
  dir = await tempDir('index-security-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
  index = await startTestIndex();
});
afterAll(async () => {
  await index.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function uploadAs(filename: string) {
  const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
  return postForm(index.uploadUrl, form.fields, [{ ...form.file, filename }], { token: TOKEN });
}

describe('upload security (PYPI.md §3 "Filenames")', () => {
  it.each([
    ['../demo_pkg-1.0.0.tar.gz', "Cannot upload a file with '/' or '\\' in the name."],
    ['dir/demo_pkg-1.0.0.tar.gz', "Cannot upload a file with '/' or '\\' in the name."],
    ['..\\demo_pkg-1.0.0.tar.gz', "Cannot upload a file with '/' or '\\' in the name."],
    ['demo_pkg-1.0.0\u0001.tar.gz', 'Cannot upload a file with control characters in the name.'],
    ['demo_pkg-1.0.0\t.tar.gz', 'Cannot upload a file with control characters in the name.'],
    ['..', /^Invalid file extension/],
    ['demo_pkg-1.0.0..tar.gz', /^Filename 'demo_pkg-1\.0\.0\.\.tar\.gz' is invalid/],
  ])('refuses the filename %j', async (filename, message) => {
    const res = await uploadAs(filename);
    expect(res.status).toBe(400);
    const body = JSON.parse(res.text) as { message: string };
    if (typeof message === 'string') expect(body.message).toBe(message);
    else expect(body.message).toMatch(message);
    expect(index.storage.index.projects()).toHaveLength(0);
  });

  it('leaves nothing behind in the data directory after refused uploads', async () => {
    expect(await readdir(`${index.dataDir}/tmp`)).toEqual([]);
    expect(await readdir(`${index.dataDir}/files`)).toEqual([]);
  });

  it('refuses an upload without authentication (403) and keeps nothing of it', async () => {
    const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
    const res = await postForm(index.uploadUrl, form.fields, [form.file]);
    expect(res.status).toBe(403);
    expect(await readdir(`${index.dataDir}/tmp`)).toEqual([]);
  });
});

describe('token comparison (security)', () => {
  it('matches tokens of any length without throwing, and only the exact token', () => {
    const tokens = [{ token: 'pypi-aaaaaaaa' }, { token: 'pypi-a-much-longer-token-value' }];
    expect(matchConfiguredToken('pypi-aaaaaaaa', tokens)).toBe(tokens[0]);
    expect(matchConfiguredToken('pypi-a-much-longer-token-value', tokens)).toBe(tokens[1]);
    expect(matchConfiguredToken('pypi-aaaaaaa', tokens)).toBeUndefined();
    expect(matchConfiguredToken('', tokens)).toBeUndefined();
    expect(matchConfiguredToken('x'.repeat(10_000), tokens)).toBeUndefined();
  });
});
