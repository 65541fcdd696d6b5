import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BuiltDists, buildProject } from './support/python-dists';
import { startTestIndex, type TestIndex, TOKEN, tempDir } from './support/test-index';
import { distForm, postForm } from './support/upload-form';

let dir: string;
let dists: BuiltDists;
let index: TestIndex;

beforeAll(async () => {
  dir = await tempDir('index-read-');
  dists = await buildProject(dir, { name: 'Demo.Pkg', version: '1.0.0', requiresPython: '>=3.9' });
  index = await startTestIndex();
  for (const path of [dists.sdist, dists.wheel]) {
    const form = await distForm(path, 'Demo.Pkg', '1.0.0', [['requires_python', '>=3.9']]);
    const res = await postForm(
      index.uploadUrl,
      form.fields.filter(([k]) => k !== 'requires_python').concat([['requires_python', '>=3.9']]),
      [form.file],
      { token: TOKEN },
    );
    expect(res.status).toBe(200);
  }
});
afterAll(async () => {
  await index.dispose();
  await rm(dir, { recursive: true, force: true });
});

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';

function sha256(data: ArrayBuffer): string {
  return createHash('sha256').update(Buffer.from(data)).digest('hex');
}

describe('simple API (PYPI.md §4, PEP 503 / PEP 691 / PEP 658)', () => {
  it('lists projects at /simple/ in JSON and HTML', async () => {
    const json = await fetch(index.simpleUrl, { headers: { Accept: JSON_TYPE } });
    expect(json.headers.get('content-type')).toBe(JSON_TYPE);
    expect(await json.json()).toEqual({ meta: { 'api-version': '1.3' }, projects: [{ name: 'Demo.Pkg' }] });
    const html = await (await fetch(index.simpleUrl)).text();
    expect(html).toContain('<a href="/simple/demo-pkg/">Demo.Pkg</a>');
  });

  it('serves PEP 691 JSON with hashes, sizes, requires-python and core-metadata', async () => {
    const res = await fetch(`${index.simpleUrl}demo-pkg/`, { headers: { Accept: JSON_TYPE } });
    expect(res.headers.get('content-type')).toBe(JSON_TYPE);
    const body = (await res.json()) as {
      name: string;
      versions: string[];
      files: Array<Record<string, unknown>>;
    };
    expect(body.name).toBe('demo-pkg');
    expect(body.versions).toEqual(['1.0.0']);
    const wheel = body.files.find((f) => String(f.filename).endsWith('.whl'))!;
    expect(wheel['requires-python']).toBe('>=3.9');
    const download = await fetch(String(wheel.url));
    const bytes = await download.arrayBuffer();
    expect(sha256(bytes)).toBe((wheel.hashes as { sha256: string }).sha256);
    expect(wheel.size).toBe(bytes.byteLength);
    const metadata = await fetch(`${String(wheel.url)}.metadata`);
    const metadataBytes = await metadata.arrayBuffer();
    expect(sha256(metadataBytes)).toBe((wheel['core-metadata'] as { sha256: string }).sha256);
    expect(Buffer.from(metadataBytes).toString()).toMatch(/^Metadata-Version: .*\nName: Demo\.Pkg/s);
    const sdist = body.files.find((f) => String(f.filename).endsWith('.tar.gz'))!;
    expect(sdist['core-metadata']).toBe(false);
  });

  it('serves PEP 503 HTML by default, with #sha256, data-requires-python and data-core-metadata', async () => {
    const res = await fetch(`${index.simpleUrl}demo-pkg/`);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toMatch(/href="http:[^"]+\/demo_pkg-1\.0\.0-py3-none-any\.whl#sha256=[0-9a-f]{64}"/);
    expect(html).toContain('data-requires-python="&#62;=3.9"');
    expect(html).toMatch(/data-core-metadata="sha256=[0-9a-f]{64}"/);
    expect(html).toMatch(/data-dist-info-metadata="sha256=[0-9a-f]{64}"/);
  });

  it('negotiates by q-value and by ?format=, HTML when nothing matches', async () => {
    const q = await fetch(`${index.simpleUrl}demo-pkg/`, {
      headers: { Accept: `text/html;q=0.5, ${JSON_TYPE};q=0.9` },
    });
    expect(q.headers.get('content-type')).toBe(JSON_TYPE);
    const param = await fetch(`${index.simpleUrl}demo-pkg/?format=${encodeURIComponent(JSON_TYPE)}`);
    expect(param.headers.get('content-type')).toBe(JSON_TYPE);
    const other = await fetch(`${index.simpleUrl}demo-pkg/`, { headers: { Accept: 'application/xml' } });
    expect(other.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('redirects (301) a non-normalised name and a missing trailing slash', async () => {
    const res = await fetch(`${index.simpleUrl}Demo.Pkg/`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/simple/demo-pkg/');
    const slash = await fetch(`${index.simpleUrl}demo-pkg`, { redirect: 'manual' });
    expect([slash.status, slash.headers.get('location')]).toEqual([301, '/simple/demo-pkg/']);
  });

  it('answers 404 for an unknown project and an unknown file', async () => {
    expect((await fetch(`${index.simpleUrl}nothing-here/`)).status).toBe(404);
    expect((await fetch(`${index.url}/files/aa/bb/cc/nothing.whl`)).status).toBe(404);
  });
});

describe('JSON API (PYPI.md §4)', () => {
  it('describes the project at /pypi/<name>/json: info, urls with digests, releases', async () => {
    const body = (await (await fetch(`${index.url}/pypi/Demo.Pkg/json`)).json()) as {
      info: Record<string, unknown>;
      urls: Array<Record<string, unknown>>;
      releases: Record<string, unknown[]>;
    };
    expect(body.info).toMatchObject({
      name: 'Demo.Pkg',
      version: '1.0.0',
      requires_python: '>=3.9',
      summary: 'A demo package',
    });
    expect(body.urls.map((u) => u.packagetype).sort()).toEqual(['bdist_wheel', 'sdist']);
    for (const url of body.urls) {
      expect(url.digests).toMatchObject({ sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(typeof url.size).toBe('number');
    }
    expect(Object.keys(body.releases)).toEqual(['1.0.0']);
  });

  it('describes one release at /pypi/<name>/<version>/json, without releases', async () => {
    const res = await fetch(`${index.url}/pypi/Demo.Pkg/1.0.0/json`);
    const body = (await res.json()) as Record<string, unknown>;
    expect((body.info as { version: string }).version).toBe('1.0.0');
    expect(body.releases).toBeUndefined();
    expect((await fetch(`${index.url}/pypi/Demo.Pkg/9.9/json`)).status).toBe(404);
  });

  it('redirects another spelling of the name to the project name', async () => {
    const res = await fetch(`${index.url}/pypi/demo-pkg/json`, { redirect: 'manual' });
    expect([res.status, res.headers.get('location')]).toEqual([301, '/pypi/Demo.Pkg/json']);
  });
});
