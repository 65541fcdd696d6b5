import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GIB, IndexError, loadConfig, MIB } from '../src/index';
import { startTestIndex, tempDir } from './support/test-index';

describe('index configuration', () => {
  it("fills in PyPI's defaults (100 MiB per file, 10 GiB per project, 14 days)", async () => {
    const dir = await tempDir();
    try {
      await writeFile(join(dir, 'c.json'), '{}');
      const config = await loadConfig(join(dir, 'c.json'));
      expect(config.limits.maxFileSize).toBe(100 * MIB);
      expect(config.limits.maxProjectSize).toBe(10 * GIB);
      expect(config.rules.oldReleaseDays).toBe(14);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('names the file, the JSON path and the fix in startup errors', async () => {
    const dir = await tempDir();
    try {
      const file = join(dir, 'c.json');
      await writeFile(file, JSON.stringify({ tokens: [{ token: 'short' }], limits: { maxFileSize: -1 } }));
      const error = await loadConfig(file).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexError);
      const message = (error as Error).message;
      expect(message).toContain(file);
      expect(message).toContain('$.tokens[0].token');
      expect(message).toContain('$.limits.maxFileSize');
      expect(message).toMatch(/Fix these entries/);
      await writeFile(file, '{ not json');
      await expect(loadConfig(file)).rejects.toThrow(/not valid JSON/);
      await expect(loadConfig(join(dir, 'missing.json'))).rejects.toThrow(/cannot read/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('Trusted Publishing routes (PYPI.md §1)', () => {
  it('answers the audience with 403 when Trusted Publishing is not configured', async () => {
    const index = await startTestIndex();
    try {
      const res = await fetch(`${index.url}/_/oidc/audience`);
      expect(res.status).toBe(403);
      const mint = await fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body: '{"token":"x"}' });
      expect(mint.status).toBe(422);
    } finally {
      await index.dispose();
    }
  });

  it('answers the configured audience, and 422 invalid-payload for a body without a token', async () => {
    const index = await startTestIndex({ trustedPublishing: { audience: 'testpypi', publishers: [] } });
    try {
      expect(await (await fetch(`${index.url}/_/oidc/audience`)).json()).toEqual({ audience: 'testpypi' });
      const mint = await fetch(`${index.url}/_/oidc/mint-token`, { method: 'POST', body: '{}' });
      expect(mint.status).toBe(422);
      const body = (await mint.json()) as { errors: Array<{ code: string }> };
      expect(body.errors[0]?.code).toBe('invalid-payload');
    } finally {
      await index.dispose();
    }
  });
});
