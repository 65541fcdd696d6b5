import { join } from 'node:path';
import { type RunningIndex, type StartIndexOptions, startIndex } from '@pypi-release/index';
import { TOOL_PYTHON } from '@pypi-release/testkit';
import { frontendLockRequirements, SEED_REQUIREMENTS, seedDataDir, seedWheels } from '../src';

export const repositoryRoot = join(import.meta.dirname, '../../..');

/**
 * A local index that already holds the real wheels a fresh runner's builds fetch from PyPI (downloaded once per
 * checkout into .cache/index-seed, seeded once per test process, then copied into each index's data folder).
 */
export async function startSeededIndex(options: StartIndexOptions): Promise<RunningIndex> {
  const wheels = await seedWheels({
    cacheDir: join(repositoryRoot, '.cache/index-seed'),
    python: TOOL_PYTHON,
    requirements: [...SEED_REQUIREMENTS, ...(await frontendLockRequirements(repositoryRoot))],
  });
  await seedDataDir(options.dataDir, wheels, startIndex);
  return startIndex(options);
}
