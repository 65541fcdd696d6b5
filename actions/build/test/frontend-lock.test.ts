import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { lockedBuild, parseFrontendLock, satisfiesPython } from '@pypi-release/builder';
import { describe, expect, it } from 'vitest';
import lockData from '../frontend-lock.json';
import { realWheel } from './support/seeded-index';

const lock = parseFrontendLock(lockData, 'actions/build/frontend-lock.json');
const normalize = (name: string): string => name.toLowerCase().replace(/[-_.]+/g, '-');

/** The `Requires-Dist` lines of a wheel's METADATA, extras left out. */
function requiresDist(wheel: string, name: string, version: string): string[] {
  const dir = `${name.replace(/-/g, '_')}-${version}.dist-info`;
  const metadata = execFileSync('unzip', ['-p', wheel, `${dir}/METADATA`], { encoding: 'utf8' });
  return metadata
    .split('\n')
    .filter((l) => l.startsWith('Requires-Dist: ') && !l.includes('extra =='))
    .map((l) => l.slice('Requires-Dist: '.length).trim());
}

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

  it('pins every dependency of every locked wheel on the Pythons the lock covers (3.11 and later)', async () => {
    const locked = new Set(lock.packages.map((p) => normalize(p.name)));
    for (const p of lock.packages) {
      const wheel = await realWheel(p.name, p.wheel);
      for (const requirement of requiresDist(wheel, p.name, p.version)) {
        // A marker on an older Python names a dependency of Pythons the lock leaves out.
        const older = /python_(?:full_)?version\s*<\s*["']([\d.]+)["']/.exec(requirement)?.[1];
        if (older !== undefined && !satisfiesPython('3.11.0', `<${older}`)) continue;
        const name = normalize(/^[A-Za-z0-9._-]+/.exec(requirement)?.[0] ?? '');
        expect(locked.has(name), `${p.wheel} needs ${requirement}, which is not locked`).toBe(true);
      }
    }
  });

  it("covers only Pythons the pinned build's Requires-Python allows", () => {
    const build = lockedBuild(lock);
    expect(lock.requiresPython).toBe('>=3.11');
    for (const v of ['3.11.0', '3.12.0', '3.13.0', '3.14.0'])
      expect(satisfiesPython(v, build['requires-python'] ?? '')).toBe(true);
  });
});
