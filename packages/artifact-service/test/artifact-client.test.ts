import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DefaultArtifactClient } from '@actions/artifact';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ArtifactService, startArtifactService } from '../src/index';

/** The real client reads the runner's variables from process.env at each call: point them at a run's job. */
function actAs(service: ArtifactService, runId: number, jobId: string, workspace: string): void {
  Object.assign(process.env, service.envFor(runId, jobId), { GITHUB_WORKSPACE: workspace });
}

async function writeTree(root: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  const paths: string[] = [];
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    await mkdir(join(path, '..'), { recursive: true });
    await writeFile(path, content);
    paths.push(path);
  }
  return paths;
}

async function readTree(root: string): Promise<Record<string, Buffer>> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const tree: Record<string, Buffer> = {};
  for (const e of entries.filter((e) => e.isFile())) {
    const path = join(e.parentPath, e.name);
    tree[path.slice(root.length + 1)] = await readFile(path);
  }
  return tree;
}

describe('artifact service with the real @actions/artifact client', () => {
  const saved = { ...process.env };
  const client = new DefaultArtifactClient();
  let service: ArtifactService;
  let dir: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    service = await startArtifactService();
  });
  afterAll(async () => {
    await service?.close();
  });
  beforeEach(async () => {
    dir = await tempDir('artifact-client-');
  });
  afterEach(async () => {
    process.env = { ...saved };
    await dir.cleanup();
  });

  it('uploads a folder, lists it in the same run and downloads it by id byte for byte', async () => {
    const binary = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 256);
    const source = join(dir.path, 'source');
    const paths = await writeTree(source, {
      'demo-1.0.tar.gz': binary,
      'demo-1.0-py3-none-any.whl': 'wheel bytes',
      'nested/notes.txt': 'ünïcödé\n',
    });
    actAs(service, 101, 'build', dir.path);
    const uploaded = await client.uploadArtifact('dists-linux', paths, source);
    expect(uploaded.id).toBeGreaterThan(0);
    expect(uploaded.digest).toMatch(/^[0-9a-f]{64}$/);

    actAs(service, 101, 'publish', dir.path);
    const { artifacts } = await client.listArtifacts();
    expect(artifacts.map((a) => [a.name, a.id])).toEqual([['dists-linux', uploaded.id]]);
    expect(artifacts[0]?.size).toBe(uploaded.size);
    expect(artifacts[0]?.digest).toBe(`sha256:${uploaded.digest}`);

    const target = join(dir.path, 'target');
    const downloaded = await client.downloadArtifact(uploaded.id!, {
      path: target,
      expectedHash: `sha256:${uploaded.digest}`,
    });
    expect(downloaded.digestMismatch).toBe(false);
    expect(await readTree(target)).toEqual(await readTree(source));
  });

  it('answers a second upload of the same name in the run with 409 already_exists', async () => {
    const paths = await writeTree(dir.path, { 'a.txt': 'a' });
    actAs(service, 102, 'one', dir.path);
    await client.uploadArtifact('release-dists', paths, dir.path);
    actAs(service, 102, 'two', dir.path);
    await expect(client.uploadArtifact('release-dists', paths, dir.path)).rejects.toThrow(
      /Failed to CreateArtifact: Received non-retryable error: Failed request: \(409\) Conflict: an artifact with the name "release-dists" already exists/,
    );
    expect(service.calls.at(-1)).toEqual({ method: 'CreateArtifact', runId: '102', status: 409 });
  });

  it('deletes an artifact: it is no longer listed and its name is free again', async () => {
    const paths = await writeTree(dir.path, { 'a.txt': 'first' });
    actAs(service, 103, 'job', dir.path);
    const first = await client.uploadArtifact('scratch', paths, dir.path);
    const deleted = await client.deleteArtifact('scratch');
    expect(deleted.id).toBe(first.id);
    expect((await client.listArtifacts()).artifacts).toEqual([]);
    const again = await client.uploadArtifact('scratch', paths, dir.path);
    expect(again.id).not.toBe(first.id);
  });

  it('keeps runs apart: a second run neither lists nor downloads the first run’s artifacts', async () => {
    const paths = await writeTree(dir.path, { 'a.txt': 'run one' });
    actAs(service, 104, 'job', dir.path);
    const first = await client.uploadArtifact('dists-1', paths, dir.path);
    actAs(service, 105, 'job', dir.path);
    expect((await client.listArtifacts()).artifacts).toEqual([]);
    await expect(client.downloadArtifact(first.id!, { path: join(dir.path, 'out') })).rejects.toThrow(
      /No artifacts found for ID/,
    );
    await expect(client.deleteArtifact('dists-1')).rejects.toThrow(/Artifact not found for name: dists-1/);
    expect(service.artifacts(104).map((a) => a.name)).toEqual(['dists-1']);
  });

  it('refuses calls without a valid runtime token', async () => {
    const call = (authorization: string) =>
      fetch(`${service.url}/twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ workflow_run_backend_id: '1', workflow_job_run_backend_id: 'j' }),
      });
    const forged = service.runtimeToken(1, 'j').replace(/\.[^.]+$/, '.AAAA');
    const response = await call(`Bearer ${forged}`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ code: 'unauthenticated', msg: expect.any(String) });
    const otherRun = await call(`Bearer ${service.runtimeToken(2, 'j')}`);
    expect(otherRun.status).toBe(403);
  });

  it('retries through an injected 503 and still uploads', async () => {
    const paths = await writeTree(dir.path, { 'a.txt': 'retry me' });
    actAs(service, 106, 'job', dir.path);
    service.faults.failNextCalls(1, { method: 'CreateArtifact' });
    const uploaded = await client.uploadArtifact('flaky', paths, dir.path);
    expect(uploaded.id).toBeGreaterThan(0);
    const creates = service.calls.filter((c) => c.runId === '106' && c.method === 'CreateArtifact');
    expect(creates.map((c) => c.status)).toEqual([503, 200]);
  });

  it('hands out a truncated copy when a truncated download is injected', async () => {
    const paths = await writeTree(dir.path, { 'a.txt': 'x'.repeat(10_000) });
    actAs(service, 107, 'job', dir.path);
    const uploaded = await client.uploadArtifact('cut', paths, dir.path);
    service.faults.truncateNextDownload((size) => size - 100);
    const signedUrl = async () => {
      const response = await fetch(
        `${service.url}/twirp/github.actions.results.api.v1.ArtifactService/GetSignedArtifactURL`,
        {
          method: 'POST',
          headers: { authorization: `Bearer ${service.runtimeToken(107, 'job')}` },
          body: JSON.stringify({
            workflow_run_backend_id: '107',
            workflow_job_run_backend_id: 'job',
            name: 'cut',
          }),
        },
      );
      return ((await response.json()) as { signed_url: string }).signed_url;
    };
    const cut = await fetch(await signedUrl());
    expect((await cut.arrayBuffer()).byteLength).toBe(uploaded.size! - 100);
    const whole = await fetch(await signedUrl());
    expect(whole.headers.get('content-type')).toBe('application/zip');
    expect((await whole.arrayBuffer()).byteLength).toBe(uploaded.size);
  });
});
