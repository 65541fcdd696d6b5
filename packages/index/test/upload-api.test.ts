import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDists, buildProject } from './support/python-dists';
import { TOKEN, tempDir } from './support/test-index';
import { set, sha256Hex, upload, withIndex } from './support/upload-cases';
import { distForm, postForm } from './support/upload-form';

const DAY = 86_400_000;
let dir: string;
let dists: BuiltDists;

beforeAll(async () => {
  dir = await tempDir('index-upload-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('upload API (PYPI.md §2)', () => {
  it('stores an sdist and a wheel (200), and answers a byte-identical re-upload with 200', async () => {
    await withIndex(async (index) => {
      expect((await upload(index, dists.sdist)).status).toBe(200);
      expect((await upload(index, dists.wheel)).status).toBe(200);
      const again = await upload(index, dists.wheel);
      expect(again.status).toBe(200);
      expect(index.storage.index.filesOfProject(index.storage.index.project('demo-pkg')!.id)).toHaveLength(2);
    });
  });

  it('answers 308 to /legacy/ from /legacy without the slash', async () => {
    await withIndex(async (index) => {
      const res = await postForm(`${index.url}/legacy`, [[':action', 'file_upload']], []);
      expect(res.status).toBe(308);
    });
  });

  it('answers a POST without :action with a 200 HTML page', async () => {
    await withIndex(async (index) => {
      const res = await postForm(index.uploadUrl, [['name', 'x']], []);
      expect(res.status).toBe(200);
      expect(res.type).toMatch(/^text\/html/);
    });
  });

  it('answers 410 to the retired pre-registration action', async () => {
    await withIndex(async (index) => {
      const res = await postForm(index.uploadUrl, [[':action', 'submit']], [], { token: TOKEN });
      expect(res.status).toBe(410);
      expect(res.reason).toBe(
        'Project pre-registration is no longer required or supported, upload your files instead.',
      );
    });
  });

  it("answers 403 with PyPI's message when authentication is missing or wrong", async () => {
    await withIndex(async (index) => {
      const expected =
        'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
      const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
      const none = await postForm(index.uploadUrl, form.fields, [form.file]);
      expect([none.status, none.reason, JSON.parse(none.text).message]).toEqual([403, expected, expected]);
      const wrong = await upload(index, dists.sdist, { token: 'pypi-wrong-token' });
      expect([wrong.status, wrong.reason]).toEqual([403, expected]);
    });
  });

  it('refuses username/password authentication with 403', async () => {
    await withIndex(async (index) => {
      const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
      const auth = `Basic ${Buffer.from(`alice:${TOKEN}`).toString('base64')}`;
      const res = await postForm(index.uploadUrl, form.fields, [form.file], { authorization: auth });
      expect(res.status).toBe(403);
      expect(res.reason).toMatch(/^Username\/Password authentication is no longer supported/);
    });
  });

  it('refuses an unknown protocol_version', async () => {
    await withIndex(async (index) => {
      const res = await upload(index, dists.sdist, { edit: (f) => set(f, 'protocol_version', '2') });
      expect([res.status, res.reason]).toEqual([400, 'Unknown protocol version.']);
    });
  });

  it("reports invalid metadata as '<value>' is an invalid value for <Field>", async () => {
    await withIndex(async (index) => {
      const bad = await upload(index, dists.sdist, { edit: (f) => set(f, 'version', 'not a version') });
      expect(bad.status).toBe(400);
      expect(bad.reason).toMatch(/^'not a version' is an invalid value for Version\. Error: /);
      expect(bad.reason).toMatch(/See https:\/\/packaging\.python\.org\/specifications\/core-metadata/);
      const local = await upload(index, dists.sdist, { edit: (f) => set(f, 'version', '1.0.0+local') });
      expect(local.reason).toMatch(
        /^'1\.0\.0\+local' is an invalid value for Version\. Error: Can't use PEP 440 local versions\./,
      );
      const missing = await upload(index, dists.sdist, { edit: (f) => set(f, 'name', undefined) });
      expect(missing.reason).toMatch(/^'' is an invalid value for Name\. Error: This field is required\./);
      const mv = await upload(index, dists.sdist, { edit: (f) => set(f, 'metadata_version', '3.0') });
      expect(mv.reason).toMatch(/^'3\.0' is an invalid value for Metadata-Version\./);
    });
  });

  it('reports the alphabetically first invalid field, as PyPI does', async () => {
    await withIndex(async (index) => {
      const res = await upload(index, dists.sdist, {
        edit: (f) => set(set(f, 'version', 'bad version'), 'name', '-bad-'),
      });
      expect(res.reason).toMatch(/^'-bad-' is an invalid value for Name\./);
    });
  });

  it('refuses a form without the file', async () => {
    await withIndex(async (index) => {
      const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
      const res = await postForm(index.uploadUrl, form.fields, [], { token: TOKEN });
      expect([res.status, res.reason]).toEqual([400, 'Upload payload does not have a file.']);
    });
  });

  it('refuses mismatching digests (every digest sent must match)', async () => {
    await withIndex(async (index) => {
      const res = await upload(index, dists.sdist, { edit: (f) => set(f, 'md5_digest', '0'.repeat(32)) });
      expect([res.status, res.reason]).toEqual([
        400,
        'The digest supplied does not match a digest calculated from the uploaded file.',
      ]);
    });
  });

  it('refuses the same filename with other bytes: 400 File already exists', async () => {
    await withIndex(async (index) => {
      expect((await upload(index, dists.sdist)).status).toBe(200);
      const other = Buffer.from('different bytes');
      const res = await upload(index, dists.sdist, {
        edit: (f) =>
          set(
            set(set(f, 'sha256_digest', undefined), 'blake2_256_digest', undefined),
            'md5_digest',
            undefined,
          ).concat([['sha256_digest', sha256Hex(other)]]),
        file: { data: other },
      });
      expect(res.status).toBe(400);
      expect(res.reason).toMatch(
        /^File already exists \('demo_pkg-1\.0\.0\.tar\.gz', with blake2_256 hash [0-9a-f]{64}\)\./,
      );
    });
  });

  it('refuses a filename that was used by a deleted file', async () => {
    await withIndex(async (index) => {
      (index.storage as unknown as { index: { db: import('libsql').Database } }).index.db
        .prepare('INSERT INTO deleted_filenames (filename, deleted_ms) VALUES (?, 0)')
        .run('demo_pkg-1.0.0.tar.gz');
      const res = await upload(index, dists.sdist);
      expect(res.status).toBe(400);
      expect(res.reason).toMatch(/^This filename was previously used by a file that has since been deleted/);
    });
  });

  it('refuses new files for releases older than 14 days (injectable clock)', async () => {
    let now = Date.UTC(2026, 7, 1);
    await withIndex(
      async (index) => {
        expect((await upload(index, dists.sdist)).status).toBe(200);
        now += 15 * DAY;
        const res = await upload(index, dists.wheel);
        expect([res.status, res.reason]).toEqual([
          400,
          'Uploading new files to releases older than 14 days is not allowed.',
        ]);
        expect((await upload(index, dists.sdist)).status).toBe(200); // a byte-identical re-upload still answers 200
      },
      {},
      () => now,
    );
  });

  it('refuses a second sdist for one release (1.0 and 1.0.0 are one release)', async () => {
    await withIndex(async (index) => {
      expect((await upload(index, dists.sdist)).status).toBe(200);
      const data = Buffer.from('another sdist');
      const res = await postForm(
        index.uploadUrl,
        set(
          set(
            set(
              set((await distForm(dists.sdist, 'demo-pkg', '1.0')).fields, 'md5_digest', undefined),
              'blake2_256_digest',
              undefined,
            ),
            'sha256_digest',
            sha256Hex(data),
          ),
          'version',
          '1.0',
        ),
        [{ filename: 'demo_pkg-1.0.tar.gz', contentType: 'application/octet-stream', data }],
        { token: TOKEN },
      );
      expect([res.status, res.reason]).toEqual([400, 'Only one sdist may be uploaded per release.']);
    });
  });

  it('refuses files over the size limit and projects over the project limit', async () => {
    await withIndex(
      async (index) => {
        const big = Buffer.alloc(1024 * 1024 + 1, 1);
        const res = await upload(index, dists.sdist, {
          edit: (f) =>
            set(
              set(set(f, 'md5_digest', undefined), 'blake2_256_digest', undefined),
              'sha256_digest',
              sha256Hex(big),
            ),
          file: { data: big },
        });
        expect(res.status).toBe(400);
        expect(res.reason).toBe(
          "File too large. Limit for project 'demo-pkg' is 1 MB. See https://pypi.org/help/#file-size-limit for more information.",
        );
      },
      { limits: { maxFileSize: 1024 * 1024 } },
    );
    await withIndex(
      async (index) => {
        const res = await upload(index, dists.sdist);
        expect(res.status).toBe(400);
        expect(res.reason).toMatch(
          /^Project size too large\. Limit for project 'demo-pkg' total size is 0 GB\./,
        );
      },
      { limits: { maxProjectSize: 100 } },
    );
  });

  it('refuses a file that is not a valid distribution', async () => {
    await withIndex(async (index) => {
      const junk = Buffer.from('not a gzip stream at all');
      const res = await upload(index, dists.sdist, {
        edit: (f) =>
          set(
            set(set(f, 'md5_digest', undefined), 'blake2_256_digest', undefined),
            'sha256_digest',
            sha256Hex(junk),
          ),
        file: { data: junk },
      });
      expect(res.status).toBe(400);
      expect(res.reason).toMatch(/^Invalid distribution file\./);
      expect(index.storage.index.projects()).toHaveLength(0);
    });
  });

  it('refuses an image content type as an invalid distribution', async () => {
    await withIndex(async (index) => {
      const res = await upload(index, dists.sdist, { file: { contentType: 'image/png' } });
      expect([res.status, res.reason]).toEqual([400, 'Invalid distribution file.']);
    });
  });

  it('refuses a non-normalised sdist filename (PEP 625) and a refused wheel platform tag', async () => {
    await withIndex(async (index) => {
      const sdist = await upload(index, dists.sdist, { file: { filename: 'Demo-Pkg-1.0.0.tar.gz' } });
      expect(sdist.reason).toBe(
        "Filename 'Demo-Pkg-1.0.0.tar.gz' is invalid, should be 'demo_pkg-1.0.0.tar.gz'.",
      );
      const wheel = await upload(index, dists.wheel, {
        file: { filename: 'demo_pkg-1.0.0-py3-none-linux_x86_64.whl' },
      });
      expect(wheel.reason).toBe(
        "Binary wheel 'demo_pkg-1.0.0-py3-none-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.",
      );
      const ext = await upload(index, dists.sdist, { file: { filename: 'demo_pkg-1.0.0.zip' } });
      expect(ext.reason).toMatch(/^Invalid file extension: Use \.tar\.gz or \.whl extension\./);
    });
  });

  it('sends the message as JSON with Accept: application/json, as an HTML page otherwise', async () => {
    await withIndex(async (index) => {
      const json = await upload(index, dists.sdist, { edit: (f) => set(f, 'protocol_version', '9') });
      expect(json.type).toBe('application/json');
      expect(JSON.parse(json.text)).toMatchObject({ message: 'Unknown protocol version.' });
      const html = await upload(index, dists.sdist, {
        edit: (f) => set(f, 'protocol_version', '9'),
        json: false,
      });
      expect(html.type).toMatch(/^text\/html/);
      expect(html.text).toContain('Unknown protocol version.');
    });
  });

  it('keeps the reason phrase to one latin1 line whatever the message holds', async () => {
    await withIndex(async (index) => {
      const res = await upload(index, dists.sdist, {
        edit: (f) => set(f, 'version', 'bad\u2713\r\nversion'),
      });
      expect(res.status).toBe(400);
      expect(res.reason).toMatch(/^[\x20-\x7e\xa0-\xff]+$/);
      expect(JSON.parse(res.text).message).toContain('\u2713');
    });
  });
});
