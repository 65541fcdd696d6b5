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

  it('keeps the quickstart: two commands after cloning, both starting with script/bootstrap', () => {
    const quickstart = /## Quickstart[^\n]*\n[\s\S]*?```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    const commands = quickstart
      .split('\n')
      .map((line) => line.replace(/#.*$/, '').trim())
      .filter(Boolean);
    expect(commands).toEqual(['script/bootstrap && pnpm demo', 'script/bootstrap && pnpm test']);
  });

  it('is what CI runs: .ci/run calls exactly the test command and sets no variable', async () => {
    const ci = await readFile(join(import.meta.dirname, '../.ci/run'), 'utf8');
    const lines = ci
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('#'));
    expect(lines.at(-1)).toBe('script/bootstrap && pnpm test');
    expect(lines.filter((line) => /^export\b|^[A-Za-z_]+=/.test(line))).toEqual([]);
  });
});
