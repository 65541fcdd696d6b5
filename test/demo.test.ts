import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('pnpm demo (the README quickstart)', () => {
  it('releases the sample project offline and installs it from the local index', async () => {
    const { stdout } = await run('pnpm', ['--silent', 'demo'], {
      cwd: join(import.meta.dirname, '..'),
      timeout: 120_000,
    });
    expect(stdout).toContain('pypi-release-demo 1.0.0: 2 file(s), pre-flight passed.');
    expect(stdout).toContain('✓ job pypi / pypi-publish: success');
    expect(stdout).toMatch(/pypi_release_demo-1\.0\.0\.tar\.gz: uploaded/);
    expect(stdout).toContain('Verified through');
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    expect(stdout).toContain('import pypi_release_demo: version 1.0.0');
    expect(stdout).not.toMatch(/^::/m);
  }, 180_000);
});
