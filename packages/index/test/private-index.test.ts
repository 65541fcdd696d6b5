import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildProject } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';
import { basicAuth, distForm, postForm } from './support/upload-form';

const USER = 'release-bot';
const PASSWORD = 'corp-password-canary-77';

describe('a private index (accounts, auth on read, HTML only, generic policy)', () => {
  let dir: string;
  let local: { sdist: string; wheel: string };
  let plain: { sdist: string; wheel: string };

  beforeAll(async () => {
    dir = await tempDir('private-index-dists-');
    local = await buildProject(`${dir}/local`, { name: 'corp-tool', version: '1.0.0+corp.1' });
    plain = await buildProject(`${dir}/plain`, { name: 'corp-lib', version: '2.0.0' });
  }, 180_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const privateConfig = {
    accounts: [{ username: USER, password: PASSWORD }],
    authOnRead: true,
    htmlOnly: true,
    policy: 'generic' as const,
  };

  describe('accounts', () => {
    let index: TestIndex;
    beforeAll(async () => {
      index = await startTestIndex(privateConfig);
    });
    afterAll(async () => index.dispose());

    it('accepts an upload with a matching username and password', async () => {
      const form = await distForm(plain.sdist, 'corp-lib', '2.0.0');
      const res = await postForm(index.uploadUrl, form.fields, [form.file], {
        authorization: basicAuth(PASSWORD, USER),
      });
      expect(res.status, res.text).toBe(200);
    });

    it('refuses a wrong password with 403 and PyPI’s invalid-auth message', async () => {
      const form = await distForm(plain.wheel, 'corp-lib', '2.0.0');
      const res = await postForm(index.uploadUrl, form.fields, [form.file], {
        authorization: basicAuth('not-the-password', USER),
      });
      expect(res.status).toBe(403);
      expect(res.reason).toMatch(/Invalid or non-existent authentication information/);
    });
  });

  it('refuses passwords like PyPI when no accounts are configured', async () => {
    const index = await startTestIndex({});
    try {
      const form = await distForm(plain.sdist, 'corp-lib', '2.0.0');
      const res = await postForm(index.uploadUrl, form.fields, [form.file], {
        authorization: basicAuth(PASSWORD, USER),
      });
      expect(res.status).toBe(403);
      expect(res.reason).toMatch(/Username\/Password authentication is no longer supported/);
    } finally {
      await index.dispose();
    }
  });

  describe('auth on read and HTML only', () => {
    let index: TestIndex;
    beforeAll(async () => {
      index = await startTestIndex(privateConfig);
      const form = await distForm(plain.sdist, 'corp-lib', '2.0.0');
      const res = await postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN });
      expect(res.status, res.text).toBe(200);
    });
    afterAll(async () => index.dispose());

    it('answers 401 with WWW-Authenticate to an anonymous read of the simple index, JSON API and files', async () => {
      for (const path of ['/simple/', '/simple/corp-lib/', '/pypi/corp-lib/json']) {
        const res = await fetch(`${index.url}${path}`);
        expect(res.status, path).toBe(401);
        expect(res.headers.get('www-authenticate'), path).toMatch(/^Basic realm=/);
      }
    });

    it('answers 401 to wrong credentials on a read', async () => {
      const res = await fetch(`${index.simpleUrl}corp-lib/`, {
        headers: { authorization: basicAuth('wrong-password', USER) },
      });
      expect(res.status).toBe(401);
    });

    it('serves the PEP 503 HTML page even when PEP 691 JSON is asked for, and no JSON API', async () => {
      const headers = { authorization: basicAuth(PASSWORD, USER) };
      const res = await fetch(`${index.simpleUrl}corp-lib/`, {
        headers: { ...headers, accept: 'application/vnd.pypi.simple.v1+json' },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html).toMatch(/<a href="[^"]+#sha256=[0-9a-f]{64}" data-requires-python="(&gt;|&#62;)=3.8"/);
      const file = /href="([^"#]+)#/.exec(html)?.[1] ?? '';
      expect((await fetch(file)).status).toBe(401);
      expect((await fetch(file, { headers })).status).toBe(200);
      expect((await fetch(`${index.url}/pypi/corp-lib/json`, { headers })).status).toBe(404);
    });
  });

  describe('policy', () => {
    it('generic: stores a local version', async () => {
      const index = await startTestIndex(privateConfig);
      try {
        for (const path of [local.sdist, local.wheel]) {
          const form = await distForm(path, 'corp-tool', '1.0.0+corp.1');
          const res = await postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN });
          expect(res.status, `${path}: ${res.reason}`).toBe(200);
        }
      } finally {
        await index.dispose();
      }
    });

    it('pypi (the default): refuses a local version as PyPI does', async () => {
      const index = await startTestIndex({});
      try {
        const form = await distForm(local.sdist, 'corp-tool', '1.0.0+corp.1');
        const res = await postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN });
        expect(res.status).toBe(400);
        expect(res.reason).toMatch(/Can't use PEP 440 local versions/);
      } finally {
        await index.dispose();
      }
    });
  });
});
