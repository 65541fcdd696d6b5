import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IndexProcess, startIndexProcess } from '@pypi-release/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOAD, runLoad } from '../src/load';
import { publishProblems, runPublishers } from '../src/load/publishers';
import { type LocalRelease, writeReleases } from '../src/load/releases';
import { percentile } from '../src/load/upload-timer';
import { verifyStored } from '../src/load/verify';

const TOKEN = 'pypi-load-test-token-0123';

describe('load section', () => {
  it(`publishes ${LOAD.publishers} × ${LOAD.filesEach} files at once and finds each stored once with its sha256`, async () => {
    const report = await runLoad(LOAD);
    expect(report.failures).toEqual([]);
    expect(report.rows).toHaveLength(1);
    const [row] = report.rows;
    const files = LOAD.publishers * LOAD.filesEach;
    expect(row).toMatchObject({
      section: 'load',
      case: `${LOAD.publishers} × ${LOAD.filesEach} files`,
      ok: true,
    });
    expect(row?.outcome).toBe('all stored once, hashes correct');
    expect(row?.figures).toMatch(
      new RegExp(
        `^${files} files, [\\d.]+ MiB in [\\d.]+ s: .*p95 \\d+ ms.*retries 0 \\(${files} upload requests`,
      ),
    );
  }, 300_000);

  it('reports a run it cannot make as a failed row', async () => {
    const report = await runLoad({ publishers: 1, filesEach: 1 });
    expect(report.rows).toMatchObject([{ ok: false }]);
    expect(report.failures[0]).toMatch(/^load \/ 1 × 1 files: the run failed: needs at least/);
  });
});

describe('load verification', () => {
  let work: string;
  let index: IndexProcess;
  let release: LocalRelease;
  const verify = (files: LocalRelease['files']) =>
    verifyStored([{ project: release.project, files }], {
      simpleUrl: index.simpleUrl,
      dataDir: join(work, 'index'),
    });

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'load-verify-test-'));
    index = await startIndexProcess({ dataDir: join(work, 'index'), apiToken: TOKEN });
    [release] = (await writeReleases(join(work, 'dists'), 1, 3)) as [LocalRelease];
    const run = await runPublishers([release], index, TOKEN, 60_000);
    expect(run.outcomes.map((o) => o.status)).toEqual(['fulfilled']);
  });
  afterAll(async () => {
    await index?.close();
    await rm(work, { recursive: true, force: true });
  });

  it('finds nothing wrong with what was published', async () => {
    expect(await verify(release.files)).toEqual([]);
  });

  it('reports a local file whose bytes differ from the stored ones', async () => {
    const [, wheel] = release.files;
    await mkdir(join(work, 'changed'));
    const changed = join(work, 'changed', wheel!.filename);
    await writeFile(changed, Buffer.concat([Buffer.from('PK'), Buffer.alloc(100)]));
    const problems = await verify(release.files.map((f) => (f === wheel ? { ...f, path: changed } : f)));
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain(`load-pkg-01: ${wheel!.filename}: the index lists sha256`);
    expect(problems.join('\n')).toMatch(/the index lists \d+ bytes, the file has 102/);
    expect(problems.join('\n')).toMatch(
      /: the download \(\d+ bytes, sha256 [0-9a-f]{64}\) differs from the file/,
    );
  });

  it('reports a file missing from the index, and the storage count that no longer matches', async () => {
    const [other] = (await writeReleases(join(work, 'more'), 1, 4)) as [LocalRelease];
    const published = new Set(release.files.map((f) => f.filename));
    const missing = other.files.find((f) => !published.has(f.filename))!; // a wheel the 3-file release lacks
    const problems = await verify([...release.files, missing]);
    expect(problems).toEqual([
      `load-pkg-01: ${missing.filename} is listed 0 times, not once`,
      `storage: ${join(work, 'index')}/files holds 3 distributions, 4 were published`,
    ]);
  });

  it('reports a project holding more files than were published', async () => {
    const [sdist, ...wheels] = release.files;
    const problems = await verify(wheels);
    expect(problems).toContain('load-pkg-01: the index lists 3 files, 2 were published');
    expect(problems).toContain(`load-pkg-01: ${sdist!.filename} is on the index but was never published`);
  });
});

describe('load publishers', () => {
  it('count a retried upload as a retry and as a request that did not end in 200', async () => {
    const work = await mkdtemp(join(tmpdir(), 'load-retry-test-'));
    const index = await startIndexProcess({
      dataDir: join(work, 'index'),
      apiToken: TOKEN,
      config: { faults: [{ kind: 'status-503', count: 1, filename: '\\.tar\\.gz$', retryAfter: 0 }] },
    });
    try {
      const releases = await writeReleases(join(work, 'dists'), 1, 3);
      const run = await runPublishers(releases, index, TOKEN, 60_000);
      expect(run.outcomes.map((o) => o.status)).toEqual(['fulfilled']);
      expect(run.samples.map((s) => s.status).sort()).toEqual([200, 200, 200, 503]);
      const problems = publishProblems(releases, run);
      expect(problems).toHaveLength(2);
      expect(problems[0]).toMatch(/^retry: load-pkg-01: .*load_pkg_01-1\.0\.tar\.gz/);
      expect(problems[1]).toBe('1 upload request(s) did not end in 200 (first: 503)');
    } finally {
      await index.close();
      await rm(work, { recursive: true, force: true });
    }
  });
});

describe('upload latency percentiles', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile([], 95)).toBe(0);
  });
});
