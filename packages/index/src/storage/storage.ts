import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IndexError } from '../errors';
import { CredentialsStore } from './credentials-store';
import { type Db, openDatabase } from './database';
import { IndexStore } from './index-store';
import { type RecoveryReport, recover } from './recovery';

/** The data directory: `index.db` (SQLite), `files/` (distributions), `tmp/` (uploads in flight). */
export interface Storage {
  readonly dataDir: string;
  readonly tmpDir: string;
  readonly filesDir: string;
  readonly index: IndexStore;
  readonly credentials: CredentialsStore;
  readonly recovery: RecoveryReport;
  /** Absolute path of a stored file from its row's relative path. */
  absolute(path: string): string;
  close(): void;
}

/** Where a file's bytes live: by content, so two different files never share a path. */
export function storagePath(sha256: string, filename: string): string {
  return `files/${sha256.slice(0, 2)}/${sha256.slice(2, 4)}/${sha256}/${filename}`;
}

export async function openStorage(dataDirInput: string): Promise<Storage> {
  const dataDir = resolve(dataDirInput);
  const tmpDir = join(dataDir, 'tmp');
  const filesDir = join(dataDir, 'files');
  let db: Db;
  try {
    await mkdir(tmpDir, { recursive: true });
    await mkdir(filesDir, { recursive: true });
    db = openDatabase(join(dataDir, 'index.db'));
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw new IndexError(
      'storage',
      `${dataDir}: cannot use the data directory (${reason}); check its permissions.`,
      {
        cause,
      },
    );
  }
  const index = new IndexStore(db);
  const recovery = await recover(index, dataDir, tmpDir, filesDir);
  return {
    dataDir,
    tmpDir,
    filesDir,
    index,
    credentials: new CredentialsStore(db),
    recovery,
    absolute: (path) => join(dataDir, ...path.split('/')),
    close: () => {
      // Everything into index.db first: libsql may finish closing (and delete the -wal file) later, from a
      // finalizer, so a copy of a closed data folder must never depend on the -wal file.
      if (!db.open) return;
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
