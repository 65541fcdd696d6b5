import { buildFixture } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFile } from '../src/check-file';

describe('checking one file', () => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  beforeAll(async () => {
    fixture = await buildFixture({
      name: 'one-file',
      version: '1.0',
      readme: { file: 'README.md', text: '# x\n' },
    });
  }, 120_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });

  it('reports the digests, the metadata and the members of a real wheel and sdist', async () => {
    for (const path of fixture.files) {
      const report = await checkFile(path);
      expect(report.problems).toEqual([]);
      expect(report.digests?.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(report.digests?.blake2_256).toMatch(/^[0-9a-f]{64}$/);
      expect(report.name).toBe('one-file');
      expect(report.members.some((m) => m.endsWith('METADATA') || m.endsWith('PKG-INFO'))).toBe(true);
    }
  });

  it('takes digests the caller already computed instead of hashing the file again', async () => {
    const known = { size: 1, sha256: 'a'.repeat(64), blake2_256: 'b'.repeat(64) };
    for (const path of fixture.files) {
      const report = await checkFile(path, { digests: known });
      expect(report.digests).toBe(known);
      expect(report.problems).toEqual([]);
    }
  });
});
