import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { buildFixture } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/main';
import { captureIo } from './support/capture-io';

const execFileAsync = promisify(execFile);
const repoRoot = join(import.meta.dirname, '../../..');

describe('pypi-release check (DESIGN.md command-line contract)', () => {
  let good: Awaited<ReturnType<typeof buildFixture>>;
  let setuptools: Awaited<ReturnType<typeof buildFixture>>;

  beforeAll(async () => {
    [good, setuptools] = await Promise.all([
      buildFixture({ name: 'demo-good', version: '1.0.0', readme: { file: 'README.md', text: '# Demo\n' } }),
      buildFixture({ name: 'demo-s', version: '0.2.0', backend: 'setuptools-66' }),
    ]);
    await writeFile(join(good.dist, '.gitignore'), '*\n');
  }, 180_000);
  afterAll(async () => {
    await good?.cleanup();
    await setuptools?.cleanup();
  });

  it('passes a hatchling build and prints the contract JSON', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--json', good.dist], io)).toBe(0);
    const report = JSON.parse(io.out());
    expect(report.ok).toBe(true);
    expect(report.files.map((f: { filename: string }) => f.filename).sort()).toEqual([
      'demo_good-1.0.0-py3-none-any.whl',
      'demo_good-1.0.0.tar.gz',
    ]);
    for (const file of report.files) {
      expect(Object.keys(file).sort()).toEqual([
        'filename',
        'kind',
        'name',
        'path',
        'problems',
        'sha256',
        'size',
        'version',
      ]);
      expect(file.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.name).toBe('demo-good');
    }
    expect(report.problems).toEqual([
      expect.objectContaining({ code: 'not-a-distribution', severity: 'notice' }),
    ]);
  });

  it("refuses the non-normalized sdist name of Debian's setuptools 66 and names the fix", async () => {
    const io = captureIo();
    expect(await runCli(['check', setuptools.dist], io)).toBe(1);
    const text = io.out();
    expect(text).toContain('[sdist-filename]');
    expect(text).toContain('demo-s-0.2.0.tar.gz');
    expect(text).toContain('expected "demo_s-0.2.0.tar.gz"');
    expect(text).toContain('setuptools >= 69.3');
    expect(text).toMatch(/^FAILED: 2 file\(s\), 1 error/m);
  });

  it('reports a missing path as an error, not a crash', async () => {
    const io = captureIo();
    expect(await runCli(['check', join(good.root, 'nowhere')], io)).toBe(1);
    expect(io.out()).toContain('[path-not-found]');
  });

  it('exits 2 on usage errors', async () => {
    for (const args of [
      ['check'],
      ['check', '--bogus', 'x'],
      ['check', '--concurrency', 'zero', 'x'],
      ['nope'],
    ]) {
      const io = captureIo();
      expect(await runCli(args, io), args.join(' ')).toBe(2);
      expect(io.err()).toContain('Usage: pypi-release');
    }
  });

  it('runs as `pnpm --silent pypi-release check` from the repository root (pnpm 12 has no -s)', async () => {
    const { stdout } = await execFileAsync(
      'pnpm',
      ['--silent', 'pypi-release', 'check', '--json', good.dist],
      {
        cwd: repoRoot,
      },
    );
    expect(JSON.parse(stdout).ok).toBe(true);
    // Without --silent, pnpm 12 writes its own lines to stderr only: stdout stays one JSON document.
    const failed = (await execFileAsync('pnpm', ['pypi-release', 'check', '--json', setuptools.dist], {
      cwd: repoRoot,
    }).catch((e: unknown) => e)) as { code: number; stdout: string };
    expect(failed.code).toBe(1);
    expect(JSON.parse(failed.stdout).ok).toBe(false);
  });
});
