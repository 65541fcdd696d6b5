import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/storage';
import { tempDir } from './support/test-index';

let dataDir: string | undefined;
afterEach(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

const digests = { size: 3, sha256: 'ab'.repeat(32), blake2_256: 'cd'.repeat(32), md5: 'ef'.repeat(16) };

describe('startup recovery (durable storage)', () => {
  it('removes temp files and stored files no row names (killed between rename and commit)', async () => {
    dataDir = await tempDir('index-recovery-');
    await mkdir(join(dataDir, 'tmp'), { recursive: true });
    await writeFile(join(dataDir, 'tmp', 'x.part'), 'partial');
    const orphan = join(dataDir, 'files', 'ab', 'ab', 'ab'.repeat(32));
    await mkdir(orphan, { recursive: true });
    await writeFile(join(orphan, 'demo-1.0.tar.gz'), 'bytes');
    const storage = await openStorage(dataDir);
    try {
      expect(storage.recovery).toEqual({ tempFilesRemoved: 1, orphanFilesRemoved: 1, rowsRemoved: 0 });
      expect(await readdir(join(dataDir, 'tmp'))).toEqual([]);
      expect(await readdir(orphan)).toEqual([]);
    } finally {
      storage.close();
    }
  });

  it('removes a file row whose bytes are gone, with its now-empty release', async () => {
    dataDir = await tempDir('index-recovery-');
    const first = await openStorage(dataDir);
    first.index.addFile({
      projectName: 'demo',
      normalizedName: 'demo',
      version: '1.0',
      canonicalVersion: '1',
      metadata: { fields: {}, description: null },
      requiresPython: null,
      filename: 'demo-1.0.tar.gz',
      path: 'files/missing/demo-1.0.tar.gz',
      digests,
      packagetype: 'sdist',
      pythonVersion: 'source',
      metadataSha256: null,
      nowMs: 0,
    });
    first.close();
    const second = await openStorage(dataDir);
    try {
      expect(second.recovery.rowsRemoved).toBe(1);
      const project = second.index.project('demo')!;
      expect(second.index.releases(project.id)).toEqual([]);
      expect(project.total_size).toBe(0);
    } finally {
      second.close();
    }
  });
});
