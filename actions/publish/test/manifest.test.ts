import { join } from 'node:path';
import { readActionManifest } from '@pypi-release/actions-runtime';
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { describe, expect, it } from 'vitest';

describe('publish action.yml', () => {
  it('defaults `concurrency` to the library’s measured default', async () => {
    const manifest = await readActionManifest(join(import.meta.dirname, '..'));
    expect(manifest.inputs.concurrency?.default).toBe(String(DEFAULT_CONCURRENCY));
  });
});
