import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type IndexConfigInput,
  parseConfig,
  type RunningIndex,
  type StartIndexOptions,
  startIndex,
} from '../../src/index';

export const TOKEN = 'pypi-test-token-all-projects';

export interface TestIndex extends RunningIndex {
  readonly dataDir: string;
  /** Closes the index and removes its data directory. */
  dispose(): Promise<void>;
}

/** A fresh temporary directory (removed by the caller). */
export function tempDir(prefix = 'index-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** Starts an index on a fresh data directory with `TOKEN` allowed everywhere. */
export async function startTestIndex(
  config: IndexConfigInput = {},
  options: Partial<StartIndexOptions> = {},
): Promise<TestIndex> {
  const dataDir = options.dataDir ?? (await tempDir());
  const index = await startIndex({
    apiToken: TOKEN,
    ...options,
    dataDir,
    config: parseConfig(config, 'test config'),
  });
  return Object.assign(Object.create(index) as RunningIndex, index, {
    dataDir,
    async dispose() {
      await index.close();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  });
}
