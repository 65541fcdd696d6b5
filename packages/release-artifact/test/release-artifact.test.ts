import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ArtifactClient,
  collectArtifacts,
  createManifest,
  digestsOf,
  downloadRelease,
  globToRegExp,
  parseDigests,
  verifyRelease,
  writeManifest,
} from '../src/index';

/** Artifacts as folders of files; "downloading" copies the folder. */
async function folderClient(
  root: string,
  artifacts: Record<string, Record<string, string>>,
): Promise<ArtifactClient> {
  for (const [name, files] of Object.entries(artifacts)) await writeTree(join(root, name), files);
  const named = Object.keys(artifacts).map((name, i) => ({ id: i + 1, name }));
  return {
    listArtifacts: async () => ({ artifacts: named }),
    downloadArtifact: async (id, { path }) => {
      const name = named.find((a) => a.id === id)?.name ?? '';
      await cp(join(root, name), path, { recursive: true });
    },
    uploadArtifact: async () => ({ id: 99 }),
  };
}

async function writeTree(dir: string, files: Record<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
}

describe('artifact name glob', () => {
  it('matches * and ? and nothing else', () => {
    expect(globToRegExp('dists-*').test('dists-linux-3.12')).toBe(true);
    expect(globToRegExp('dists-*').test('release-dists')).toBe(false);
    expect(globToRegExp('d?sts.1').test('dists.1')).toBe(true);
    expect(globToRegExp('d?sts.1').test('dists-1')).toBe(false);
  });
});

describe('collecting artifacts', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  beforeEach(async () => {
    dir = await tempDir('collect-');
  });
  afterEach(async () => {
    await dir.cleanup();
  });

  const collect = async (artifacts: Record<string, Record<string, string>>, pattern = 'dists-*') => {
    const client = await folderClient(join(dir.path, 'store'), artifacts);
    return collectArtifacts({ client, pattern, workDir: join(dir.path, 'work') });
  };

  it('merges the matching artifacts and collapses identical duplicates', async () => {
    const merged = await collect({
      'dists-a': { 'p-1.0.tar.gz': 'sdist', 'p-1.0-cp312-linux.whl': 'wheel a' },
      'dists-b': { 'p-1.0.tar.gz': 'sdist', 'p-1.0-cp313-linux.whl': 'wheel b' },
      other: { 'p-1.0.tar.gz': 'not merged' },
    });
    expect(merged.artifacts.map((a) => a.name)).toEqual(['dists-a', 'dists-b']);
    expect(await readFile(join(merged.dir, 'p-1.0.tar.gz'), 'utf8')).toBe('sdist');
    expect(await readFile(join(merged.dir, 'p-1.0-cp313-linux.whl'), 'utf8')).toBe('wheel b');
  });

  it('refuses the same filename with different bytes, naming both artifacts', async () => {
    const result = collect({
      'dists-a': { 'p-1.0.tar.gz': 'sdist one' },
      'dists-b': { 'p-1.0.tar.gz': 'sdist two' },
    });
    await expect(result).rejects.toMatchObject({ code: 'conflicting-files' });
    await expect(result).rejects.toThrow(
      /p-1\.0\.tar\.gz: artifact "dists-a" .* and artifact "dists-b" .* differ/,
    );
  });

  it('names the pattern and the run’s artifacts when nothing matches', async () => {
    await expect(collect({ build: { 'x.whl': 'x' } })).rejects.toThrow(
      /no artifact of this run matches pattern "dists-\*" \(the run has: build\)/,
    );
  });
});

describe('verifying a release folder', () => {
  let dir: Awaited<ReturnType<typeof tempDir>>;
  const context = { commit: 'abc', runId: '7', runAttempt: '1', repository: 'o/r' };
  beforeEach(async () => {
    dir = await tempDir('verify-');
    await writeTree(dir.path, { 'a.whl': 'aaa', 'b.tar.gz': 'bbb' });
    const files = [
      {
        filename: 'a.whl',
        size: 3,
        sha256: '9834876dcfb05cb167a5c24953eba58c4ac89b1adf57f28f2f9d09af107ee8f0',
      },
      {
        filename: 'b.tar.gz',
        size: 3,
        sha256: '3e744b9dc39389baf0c5a0660589b8402f3dbb49b89b3e75f2c9355852a3c677',
      },
    ];
    await writeManifest(dir.path, createManifest({ name: 'p', version: '1.0' }, files, context));
  });
  afterEach(async () => {
    await dir.cleanup();
  });

  it('accepts untouched files and returns them in manifest order', async () => {
    const verified = await verifyRelease(
      dir.path,
      parseDigests(JSON.stringify(digestsOf((await verifyRelease(dir.path)).manifest.files)), 'x'),
    );
    expect(verified.paths).toEqual([join(dir.path, 'a.whl'), join(dir.path, 'b.tar.gz')]);
    expect(verified.manifest.run).toEqual({ id: '7', attempt: '1', repository: 'o/r' });
  });

  it('names every extra, missing and altered file in one error', async () => {
    await writeFile(join(dir.path, 'a.whl'), 'AAA');
    await rm(join(dir.path, 'b.tar.gz'));
    await writeFile(join(dir.path, 'evil.whl'), 'x');
    const result = verifyRelease(dir.path);
    await expect(result).rejects.toMatchObject({ code: 'verification-failed' });
    await expect(result).rejects.toThrow(/3 problem\(s\)/);
    await expect(result).rejects.toThrow(/- a\.whl: altered/);
    await expect(result).rejects.toThrow(/- b\.tar\.gz: missing/);
    await expect(result).rejects.toThrow(/- evil\.whl: extra/);
  });

  it('refuses a manifest that disagrees with the build job’s digests', async () => {
    const expected = { 'a.whl': '0'.repeat(64), 'c.whl': '1'.repeat(64) };
    const result = verifyRelease(dir.path, expected);
    await expect(result).rejects.toThrow(/a\.whl: sha256 9834.* but the build job reported 0000/);
    await expect(result).rejects.toThrow(/b\.tar\.gz: not in the expected digests/);
    await expect(result).rejects.toThrow(/c\.whl: missing \(in the expected digests/);
  });

  it('names the input when the digests are not a filename → sha256 object', () => {
    expect(() => parseDigests('[1]', 'input `expected-digests`')).toThrow(/input `expected-digests` must be/);
    expect(() => parseDigests('{', 'input `expected-digests`')).toThrow(/is not JSON/);
  });

  it('bounds the digests: at most 2,000 files', () => {
    const many = Object.fromEntries(Array.from({ length: 2_001 }, (_, i) => [`f${i}.whl`, 'a'.repeat(64)]));
    expect(() => parseDigests(JSON.stringify(many), 'input `expected-digests`')).toThrow(
      /at most 2000 files/,
    );
    expect(Object.keys(parseDigests(JSON.stringify({ 'a.whl': 'a'.repeat(64) }), 'x'))).toEqual(['a.whl']);
  });
});

describe('downloading the release artifact', () => {
  const failing = (where: 'list' | 'download'): ArtifactClient => ({
    listArtifacts: async () => {
      if (where === 'list') throw new Error('Failed to ListArtifacts: 502 Bad Gateway');
      return { artifacts: [{ id: 7, name: 'release-dists' }] };
    },
    downloadArtifact: async () => {
      throw new Error('Unable to download and extract artifact: Artifact download failed after 5 retries.');
    },
    uploadArtifact: async () => ({ id: 1 }),
  });

  it.each([
    ['list', /while listing the artifacts of this run: Failed to ListArtifacts: 502 Bad Gateway/],
    ['download', /while downloading the artifact "release-dists" \(id 7\): Unable to download/],
  ] as const)('says which call of the artifact service failed (%s) and what to do', async (where, text) => {
    const work = await tempDir('download-');
    try {
      const result = downloadRelease({ client: failing(where), name: 'release-dists', workDir: work.path });
      await expect(result).rejects.toMatchObject({ code: 'artifact-service-failed' });
      await expect(result).rejects.toThrow(text);
      await expect(result).rejects.toThrow(/Nothing was uploaded to the index\. Re-run the failed job/);
    } finally {
      await work.cleanup();
    }
  });
});
