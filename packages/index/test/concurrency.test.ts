import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

let dir: string;
let dists: BuiltDists;

beforeAll(async () => {
  dir = await tempDir('index-concurrency-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('concurrent uploads (PYPI.md §2: a byte-identical re-upload is 200)', () => {
  it('stores two simultaneous uploads of the same file once, and answers both 200', async () => {
    const index = await startTestIndex();
    try {
      const form = await distForm(dists.wheel, 'demo-pkg', '1.0.0');
      const results = await Promise.all(
        Array.from({ length: 4 }, () =>
          postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN }),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([200, 200, 200, 200]);
      const project = index.storage.index.project('demo-pkg')!;
      expect(index.storage.index.filesOfProject(project.id)).toHaveLength(1);
      expect(index.storage.index.releases(project.id)).toHaveLength(1);
    } finally {
      await index.dispose();
    }
  });
});
