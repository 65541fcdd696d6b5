import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { lockedBuild, parseFrontendLock, satisfiesPython } from '@pypi-release/builder';
import { describe, expect, it } from 'vitest';
import lockData from '../frontend-lock.json';
import { realWheel } from './support/seeded-index';

const lock = parseFrontendLock(lockData, 'actions/build/frontend-lock.json');

describe('the frontend lock committed with the build action', () => {
  it("pins each wheel by PyPI's sha256 (the wheelhouse's real PyPI files)", async () => {
    for (const p of lock.packages) {
      const path = await realWheel(p.name, p.wheel);
      const sha256 = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
      expect(sha256, p.wheel).toBe(p.sha256);
    }
  });

  it("pins every dependency the pinned build's metadata declares on the Pythons it covers", async () => {
    const build = lockedBuild(lock);
    const { execFileSync } = await import('node:child_process');
    const metadata = execFileSync(
      'unzip',
      ['-p', await realWheel('build', build.wheel), `build-${build.version}.dist-info/METADATA`],
      {
        encoding: 'utf8',
      },
    );
    const requires = metadata
      .split('\n')
      .filter((l) => l.startsWith('Requires-Dist: ') && !l.includes('extra =='))
      .map((l) => l.slice('Requires-Dist: '.length));
    // Markers on python_version / python_full_version name dependencies of Pythons the lock leaves out.
    const needed = requires.filter((r) => {
      const old = /python_(full_)?version < "([\d.]+)"/.exec(r);
      return !old?.[2] || satisfiesPython('3.11.0', `<${old[2]}`);
    });
    const locked = new Set(lock.packages.map((p) => p.name.toLowerCase().replace(/[-_.]+/g, '-')));
    for (const r of needed) {
      const name = (/^[A-Za-z0-9._-]+/.exec(r)?.[0] ?? '').toLowerCase().replace(/[-_.]+/g, '-');
      expect(locked.has(name), `${r} is not locked`).toBe(true);
    }
    expect(lock.requiresPython).toBe('>=3.11');
    expect(satisfiesPython('3.11.0', build['requires-python'] ?? '')).toBe(true);
  });
});
