import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '@pypi-release/index';
import { describe, expect, it } from 'vitest';

const readme = await readFile(join(import.meta.dirname, '../README.md'), 'utf8');

describe('README', () => {
  it('shows an index configuration that the index accepts', () => {
    const blocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(() => parseConfig(JSON.parse(block), 'README.md')).not.toThrow();
  });

  it('keeps the quickstart: two commands after cloning', () => {
    expect(readme).toContain('pnpm install && pnpm demo');
    expect(readme).toContain('pnpm install && pnpm test');
  });
});
