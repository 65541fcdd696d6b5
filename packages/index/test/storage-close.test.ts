import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStorage } from '../src/storage/storage';
import { tempDir } from './support/test-index';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('index-storage-close-');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('closing the storage', () => {
  it('leaves everything in index.db, so a copy of the closed data folder without its -wal file is complete', async () => {
    // libsql may delete the -wal file after close() returned (from a finalizer): the seeded-index template is
    // copied without it, which is only sound if close() checkpointed the log into index.db.
    const source = await openStorage(join(dir, 'source'));
    source.credentials.recordCreation('github:acme/widgets', 'widgets');
    source.close();
    source.close(); // closing twice is harmless

    await mkdir(join(dir, 'copy'));
    await copyFile(join(dir, 'source', 'index.db'), join(dir, 'copy', 'index.db'));
    const copy = await openStorage(join(dir, 'copy'));
    try {
      expect(copy.credentials.createdBy('github:acme/widgets', 'widgets')).toBe(true);
    } finally {
      copy.close();
    }
  });
});
