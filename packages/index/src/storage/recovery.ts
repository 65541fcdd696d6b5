import { readdir, rm, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { IndexStore } from './index-store';

export interface RecoveryReport {
  readonly tempFilesRemoved: number;
  readonly orphanFilesRemoved: number;
  readonly rowsRemoved: number;
}

async function* walk(dir: string): AsyncGenerator<string> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

/**
 * Makes disk and database agree after a crash: temporary files go; a stored file that no row names (the process
 * died between the rename and the commit) goes; a row whose file is missing goes, with a release left empty.
 */
export async function recover(
  store: IndexStore,
  dataDir: string,
  tmpDir: string,
  filesDir: string,
): Promise<RecoveryReport> {
  let tempFilesRemoved = 0;
  for await (const file of walk(tmpDir)) {
    await rm(file, { force: true });
    tempFilesRemoved++;
  }
  const rows = store.allPaths();
  const known = new Set(rows.map((r) => r.path));
  let orphanFilesRemoved = 0;
  for await (const file of walk(filesDir)) {
    const rel = relative(dataDir, file).split(sep).join('/');
    const owner = rel.endsWith('.metadata') ? rel.slice(0, -'.metadata'.length) : rel;
    if (!known.has(owner)) {
      await rm(file, { force: true });
      orphanFilesRemoved++;
    }
  }
  const missing: number[] = [];
  for (const row of rows) {
    const present = await stat(join(dataDir, row.path)).then(
      (s) => s.isFile(),
      () => false,
    );
    if (!present) missing.push(row.id);
  }
  if (missing.length > 0) store.removeFileRows(missing);
  return { tempFilesRemoved, orphanFilesRemoved, rowsRemoved: missing.length };
}
