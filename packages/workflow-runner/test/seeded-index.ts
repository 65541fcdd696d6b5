import { join } from 'node:path';
import { type RunningIndex, type StartIndexOptions, startIndex } from '@pypi-release/index';
import { TOOL_PYTHON } from '@pypi-release/testkit';
import { seedDataDir, toolkitSeedWheels } from '../src';

export const repositoryRoot = join(import.meta.dirname, '../../..');

/**
 * A local index that already holds the real wheels a fresh runner's builds fetch from PyPI (downloaded once per
 * checkout into .cache/index-seed, seeded once per test process, then copied into each index's data folder).
 */
export async function startSeededIndex(options: StartIndexOptions): Promise<RunningIndex> {
  const wheels = await toolkitSeedWheels(repositoryRoot, TOOL_PYTHON);
  await seedDataDir(options.dataDir, wheels, startIndex);
  return startIndex(options);
}
