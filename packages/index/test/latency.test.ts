import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { rm } from 'node:fs/promises';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latencySchema, startLatencyRelay } from '../src/index';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

const MIB = 1024 * 1024;

/** POSTs `body` to `url` on a new connection; resolves with the answer's text and the time it took. */
async function post(url: string, body: Buffer): Promise<{ text: string; ms: number }> {
  const started = performance.now();
  const req = request(url, { method: 'POST', agent: false, headers: { 'content-length': body.length } });
  req.end(body);
  const [res] = (await once(req, 'response')) as [import('node:http').IncomingMessage];
  let text = '';
  for await (const chunk of res) text += String(chunk);
  return { text, ms: performance.now() - started };
}

describe('the latency relay (the network part of a latency profile)', () => {
  it('charges a round trip for the handshake and one per answer, paces the upload, and alters no byte', async () => {
    const upstream = createServer(async (req, res) => {
      const hash = createHash('sha256');
      for await (const chunk of req) hash.update(chunk as Buffer);
      res.end(hash.digest('hex'));
    });
    upstream.listen(0, '127.0.0.1');
    await once(upstream, 'listening');
    const { port } = upstream.address() as AddressInfo;
    const profile = latencySchema.parse({ rttMs: 100, uploadMiBps: 4 });
    const relay = await startLatencyRelay(
      profile,
      { host: '127.0.0.1', port },
      { host: '127.0.0.1', port: 0 },
    );
    try {
      const body = randomBytes(MIB);
      const answer = await post(`http://127.0.0.1:${relay.address.port}/`, body);
      expect(answer.text).toBe(createHash('sha256').update(body).digest('hex'));
      // 100 ms handshake + 250 ms for 1 MiB at 4 MiB/s + 100 ms for the request and its answer.
      expect(answer.ms).toBeGreaterThanOrEqual(440);
    } finally {
      relay.close();
      upstream.close();
    }
  });
});

describe('an index with a latency profile', () => {
  let dir: string;
  let dists: BuiltDists;
  beforeAll(async () => {
    dir = await tempDir('index-latency-');
    dists = await buildProject(dir, { name: 'slow-pkg', version: '1.0.0' });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('answers reads after `readMs` and uploads after `uploadMs`, and stores the file intact', async () => {
    const index = await startTestIndex({ latency: { readMs: 150, uploadMs: 300, perMiBMs: 0 } });
    try {
      let started = performance.now();
      expect((await fetch(`${index.url}/simple/`)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(145);
      const form = await distForm(dists.sdist, 'slow-pkg', '1.0.0');
      started = performance.now();
      const answer = await postForm(index.uploadUrl, form.fields, [form.file], { token: TOKEN });
      expect(answer.status, answer.text).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(295);
      const listing = await fetch(`${index.url}/simple/slow-pkg/`, {
        headers: { accept: 'application/vnd.pypi.simple.v1+json' },
      });
      const files = ((await listing.json()) as { files: Array<{ hashes: { sha256: string } }> }).files;
      expect(files[0]?.hashes.sha256).toBe(form.fields.find(([name]) => name === 'sha256_digest')?.[1]);
    } finally {
      await index.dispose();
    }
  });

  it('refuses a profile with a negative figure, naming it', async () => {
    await expect(startTestIndex({ latency: { rttMs: -1 } })).rejects.toThrow(/\$\.latency\.rttMs/);
  });
});
