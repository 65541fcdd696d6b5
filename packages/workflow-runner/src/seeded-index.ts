import { rmSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedIndex } from './index-seed';

/** Starts the local index on a data folder with an API token (the index package's `startIndex`, passed in). */
export type StartIndex = (options: {
  readonly dataDir: string;
  readonly apiToken: string;
}) => Promise<{ readonly uploadUrl: string; close(): Promise<void> }>;

const SEED_TOKEN = 'pypi-seed-local-token-0000';
const templates = new Map<string, Promise<string>>();

/**
 * Fills `dataDir` with an index that already holds `wheels` (uploaded through `seedIndex`): the first call of a
 * process seeds a template data folder, later calls copy it (an index's data folder is only ever used by one
 * index at a time; the template is closed before it is copied).
 */
export async function seedDataDir(
  dataDir: string,
  wheels: readonly string[],
  start: StartIndex,
): Promise<void> {
  const key = wheels.join('\n');
  let template = templates.get(key);
  if (!template) {
    template = makeTemplate(wheels, start);
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  // The template's index was checkpointed when it closed: index.db holds everything, and its -wal/-shm files
  // (which libsql may still be deleting) are left behind.
  await cp(await template, dataDir, { recursive: true, filter: (source) => !/-(wal|shm)$/.test(source) });
}

async function makeTemplate(wheels: readonly string[], start: StartIndex): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), 'seeded-index-'));
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  const dataDir = join(home, 'data');
  const index = await start({ dataDir, apiToken: SEED_TOKEN });
  try {
    await seedIndex({ uploadUrl: index.uploadUrl, token: SEED_TOKEN, wheels });
  } finally {
    await index.close();
  }
  return dataDir;
}
