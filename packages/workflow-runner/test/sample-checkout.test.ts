import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectFolders } from '../src';

const callers = join(import.meta.dirname, '../../../test/fixtures/workflows');

describe('sample checkout layout', () => {
  it("has one project per folder a caller builds from: each call's working-directory", async () => {
    expect(await projectFolders(join(callers, 'monorepo.yml'))).toEqual(['packages/core', 'packages/cli']);
  });

  it('has one project at the root for the callers that build the repository root', async () => {
    for (const caller of [
      'pure-python.yml',
      'trusted-publishing.yml',
      'testpypi-then-pypi.yml',
      'cibuildwheel.yml',
    ])
      expect(await projectFolders(join(callers, caller))).toEqual(['.']);
  });
});
