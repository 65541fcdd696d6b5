import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

let dir: string;
let dists: BuiltDists;
let index: TestIndex;

beforeAll(async () => {
  dir = await tempDir('index-faults-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
  index = await startTestIndex({}, { faults: true });
});
afterAll(async () => {
  await index.dispose();
  await rm(dir, { recursive: true, force: true });
});

async function addFault(fault: unknown): Promise<Response> {
  return fetch(`${index.url}/_admin/faults`, { method: 'POST', body: JSON.stringify(fault) });
}

async function uploadWheel() {
  const form = await distForm(dists.wheel, 'demo-pkg', '1.0.0');
  return postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN });
}

describe('fault injection (PYPI.md §2: 429, 5xx, resets, timeouts are transient)', () => {
  it('answers the next N matching uploads with 503, then lets uploads through', async () => {
    expect((await addFault({ kind: 'status-503', count: 2, filename: '\\.whl$' })).status).toBe(200);
    expect((await uploadWheel()).status).toBe(503);
    expect((await uploadWheel()).status).toBe(503);
    expect((await uploadWheel()).status).toBe(200);
    const list = (await (await fetch(`${index.url}/_admin/faults`)).json()) as {
      faults: Array<{ hits: number }>;
    };
    expect(list.faults[0]?.hits).toBe(2);
  });

  it('answers 429 with Retry-After', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'status-429', retryAfter: 7 });
    const form = await distForm(dists.wheel, 'demo-pkg', '1.0.0');
    const res = await fetch(index.uploadUrl, {
      method: 'POST',
      headers: { Authorization: `Basic ${Buffer.from(`__token__:${TOKEN}`).toString('base64')}` },
      body: (() => {
        const fd = new FormData();
        for (const [k, v] of form.fields) fd.append(k, v);
        fd.append(
          'content',
          new Blob([form.file.data], { type: 'application/octet-stream' }),
          form.file.filename,
        );
        return fd;
      })(),
    });
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, '7']);
    await res.text();
  });

  it.each([
    ['status-500', 500],
    ['status-502', 502],
  ])('answers %s with its status and no Retry-After, storing nothing', async (kind, status) => {
    await addFault({ clear: true });
    await addFault({ kind });
    const res = await uploadWheel();
    expect([res.status, res.headers.get('retry-after')]).toEqual([status, null]);
  });

  it('answers 429 without Retry-After when retryAfter is null', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'status-429', retryAfter: null });
    const res = await uploadWheel();
    expect([res.status, res.headers.get('retry-after')]).toEqual([429, null]);
  });

  it.each([
    ['revoke-token', 'Invalid or non-existent authentication information'],
    ['expire-token', 'Invalid API Token: token is expired'],
  ])(
    '%s: the token of the matched upload is refused from then on, the file not stored',
    async (kind, message) => {
      const own = await startTestIndex({}, { faults: true });
      try {
        await fetch(`${own.url}/_admin/faults`, { method: 'POST', body: JSON.stringify({ kind }) });
        const form = await distForm(dists.wheel, 'demo-pkg', '1.0.0');
        const first = await postForm(own.uploadUrl, form.fields, [form.file], { token: TOKEN });
        const second = await postForm(own.uploadUrl, form.fields, [form.file], { token: TOKEN });
        expect([first.status, second.status]).toEqual([403, 403]);
        expect([first.text, second.text]).toEqual([
          expect.stringContaining(message),
          expect.stringContaining(message),
        ]);
        expect(own.storage.index.file(form.file.filename)).toBeUndefined();
      } finally {
        await own.dispose();
      }
    },
  );

  it('skips faults whose filename pattern does not match', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'status-503', filename: '\\.tar\\.gz$' });
    expect((await uploadWheel()).status).toBe(200);
  });

  it('resets the connection mid-body', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'reset' });
    await expect(uploadWheel()).rejects.toThrow();
  });

  it('stalls until the client gives up', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'stall' });
    const form = await distForm(dists.wheel, 'demo-pkg', '1.0.0');
    const { encodeForm } = await import('./support/upload-form');
    const { body, contentType } = encodeForm(form.fields, [form.file]);
    const controller = new AbortController();
    const pending = fetch(index.uploadUrl, {
      method: 'POST',
      headers: { 'Content-Type': contentType },
      body,
      signal: controller.signal,
    });
    const state = await Promise.race([
      pending.then(() => 'answered'),
      new Promise((r) => setTimeout(() => r('stalled'), 300)),
    ]);
    expect(state).toBe('stalled');
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it('stores the file, then drops the response', async () => {
    await addFault({ clear: true });
    await addFault({ kind: 'drop-after-store' });
    const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
    await expect(postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN })).rejects.toThrow();
    expect(index.storage.index.file('demo_pkg-1.0.0.tar.gz')).toBeDefined();
    expect((await postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN })).status).toBe(200);
  });

  it('has no admin endpoint unless started with faults enabled', async () => {
    const plain = await startTestIndex();
    try {
      const res = await fetch(`${plain.url}/_admin/faults`, { method: 'POST', body: '{"kind":"stall"}' });
      expect(res.status).toBe(405);
      expect(plain.faults.list()).toEqual([]);
    } finally {
      await plain.dispose();
    }
  });

  it('takes faults from the configuration too', async () => {
    const configured = await startTestIndex({ faults: [{ kind: 'status-503', retryAfter: 3 }] });
    try {
      const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
      const res = await postForm(configured.uploadUrl, form.fields, [form.file], { token: TOKEN });
      expect(res.status).toBe(503);
    } finally {
      await configured.dispose();
    }
  });
});
