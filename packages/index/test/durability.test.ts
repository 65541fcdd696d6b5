import { once } from 'node:events';
import { readdir, rm, stat } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type IndexProcess, startIndexProcess } from '../src/index';
import { type BuiltDists, buildProject } from './support/python-dists';
import { TOKEN, tempDir } from './support/test-index';
import { basicAuth, distForm, encodeForm, postForm } from './support/upload-form';

const MIB = 1024 * 1024;

let dir: string;
let dists: BuiltDists;
const children: IndexProcess[] = [];

beforeAll(async () => {
  dir = await tempDir('index-durability-');
  dists = await buildProject(dir, { name: 'demo-pkg', version: '1.0.0' });
});
afterAll(async () => {
  for (const child of children) await child.kill();
  await rm(dir, { recursive: true, force: true });
});

async function startChild(dataDir: string): Promise<IndexProcess> {
  const child = await startIndexProcess({
    dataDir,
    apiToken: TOKEN,
    config: { limits: { maxFileSize: 300 * MIB } },
  });
  children.push(child);
  return child;
}

async function tempFileSize(dataDir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(join(dataDir, 'tmp')))
    total += (await stat(join(dataDir, 'tmp', name))).size;
  return total;
}

describe('durable storage (PYPI.md §2: nothing half-stored)', () => {
  it('leaves no partial file and no release after kill -9 mid-upload, and the re-upload succeeds', async () => {
    const dataDir = join(dir, 'data');
    const first = await startChild(dataDir);
    const form = await distForm(dists.sdist, 'demo-pkg', '1.0.0');
    // The multipart head and tail around a 200 MiB file body that is streamed slowly.
    const { body, contentType } = encodeForm(form.fields, [{ ...form.file, data: Buffer.from('\u0000') }]);
    const marker = body.indexOf(Buffer.from('\u0000'));
    const head = body.subarray(0, marker);
    const req = request(`${first.url}/legacy/`, {
      method: 'POST',
      headers: {
        'Content-Type': contentType,
        Authorization: basicAuth(TOKEN),
        'Content-Length': head.length + 200 * MIB + body.length - marker - 1,
      },
    });
    req.on('error', () => undefined); // the server dies under it
    req.write(head);
    const chunk = Buffer.alloc(MIB, 7);
    let sent = 0;
    while ((await tempFileSize(dataDir)) < 20 * MIB) {
      if (sent < 200 && !req.write(chunk)) await once(req, 'drain');
      sent++;
    }
    await first.kill();
    req.destroy();
    expect(await tempFileSize(dataDir)).toBeGreaterThan(0); // the crash did leave a partial temp file

    const second = await startChild(dataDir);
    try {
      expect(second.recovery.tempFilesRemoved).toBeGreaterThan(0);
      expect(await readdir(join(dataDir, 'tmp'))).toEqual([]);
      expect((await fetch(`${second.url}/simple/demo-pkg/`)).status).toBe(404);
      const res = await postForm(`${second.url}/legacy/`, form.fields, [form.file], { token: TOKEN });
      expect(res.status).toBe(200);
      expect((await fetch(`${second.url}/simple/demo-pkg/`)).status).toBe(200);
    } finally {
      await second.close();
    }
  });
});
