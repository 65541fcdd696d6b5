import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** fsync a directory so a rename or creation inside it survives a crash. */
export async function syncDir(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** mkdir -p, syncing each parent whose entries changed. */
export async function makeDirDurable(dir: string, root: string): Promise<void> {
  const created = await mkdir(dir, { recursive: true });
  if (created === undefined) return;
  let current = dir;
  while (current.startsWith(created) && current !== root) {
    await syncDir(dirname(current));
    current = dirname(current);
  }
}

/** A unique temporary name inside `tmpDir`. */
export function tempName(tmpDir: string): string {
  return join(tmpDir, `${Date.now()}-${randomBytes(8).toString('hex')}.part`);
}

/** Writes `data` to `target` through a synced temporary file and a rename, then syncs the directory. */
export async function writeFileDurable(
  target: string,
  data: Uint8Array,
  tmpDir: string,
  root: string,
): Promise<void> {
  const temp = tempName(tmpDir);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await moveDurable(temp, target, root);
}

/** Renames `from` to `to` (creating `to`'s directory) and syncs the directory that received it. */
export async function moveDurable(from: string, to: string, root: string): Promise<void> {
  try {
    await makeDirDurable(dirname(to), root);
    await rename(from, to);
    await syncDir(dirname(to));
  } catch (error) {
    await rm(from, { force: true });
    throw error;
  }
}
