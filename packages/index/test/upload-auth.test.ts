import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenIssuer } from '../src/oidc-bridge';
import { type BuiltDists, buildProject } from './support/python-dists';
import { tempDir } from './support/test-index';
import { upload, withIndex } from './support/upload-cases';

let dir: string;
let dists: BuiltDists;

beforeAll(async () => {
  dir = await tempDir('index-upload-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('upload authorisation (PYPI.md §1, §2)', () => {
  it('refuses a token scoped to another project with 403', async () => {
    await withIndex(
      async (index) => {
        const res = await upload(index, dists.sdist, { token: 'pypi-scoped-to-other' });
        expect([res.status, res.reason]).toEqual([
          403,
          "Invalid API Token: project-scoped token is not valid for project: 'demo-pkg'",
        ]);
      },
      { tokens: [{ token: 'pypi-scoped-to-other', projects: ['other-project'] }] },
    );
  });

  it('lets a scoped token upload to its own project (any spelling)', async () => {
    await withIndex(
      async (index) => {
        expect((await upload(index, dists.sdist, { token: 'pypi-scoped-to-demo' })).status).toBe(200);
      },
      { tokens: [{ token: 'pypi-scoped-to-demo', projects: ['Demo_Pkg'] }] },
    );
  });

  it('refuses a Trusted Publishing token for a project that does not exist: Non-user identities…', async () => {
    await withIndex(async (index) => {
      const token = tokenIssuer(
        index.storage,
        Date.now,
      )({
        publisher: 'github:o/r/release.yml',
        projects: ['demo-pkg'],
        createProjects: [],
        expiresAt: Math.floor(Date.now() / 1000) + 900,
      });
      const res = await upload(index, dists.sdist, { token });
      expect(res.status).toBe(400);
      expect(res.reason).toMatch(/^Non-user identities cannot create new projects\./);
    });
  });

  it('lets a Trusted Publishing token upload to a project its pending publisher created, and refuses others', async () => {
    await withIndex(async (index) => {
      const issue = tokenIssuer(index.storage, Date.now);
      const expiresAt = Math.floor(Date.now() / 1000) + 900;
      const token = issue({
        publisher: 'p',
        projects: ['demo-pkg'],
        createProjects: ['demo-pkg'],
        expiresAt,
      });
      expect((await upload(index, dists.sdist, { token })).status).toBe(200);
      const other = issue({ publisher: 'p', projects: ['other'], createProjects: ['other'], expiresAt });
      const res = await upload(index, dists.wheel, { token: other });
      expect([res.status, res.reason]).toEqual([
        403,
        "Invalid API Token: OIDC scoped token is not valid for project 'demo-pkg'",
      ]);
    });
  });

  it('refuses an expired minted token with 403', async () => {
    let now = Date.now();
    await withIndex(
      async (index) => {
        const token = tokenIssuer(
          index.storage,
          () => now,
        )({
          publisher: 'p',
          projects: ['demo-pkg'],
          createProjects: ['demo-pkg'],
          expiresAt: Math.floor(now / 1000) + 900,
        });
        now += 901_000;
        const res = await upload(index, dists.sdist, { token });
        expect([res.status, res.reason]).toEqual([403, 'Invalid API Token: token is expired']);
      },
      {},
      () => now,
    );
  });
});
