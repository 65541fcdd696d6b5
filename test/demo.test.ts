import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = async (...args: string[]): Promise<string> => {
  const { stdout } = await run('pnpm', ['--silent', 'demo', ...args], {
    cwd: join(import.meta.dirname, '..'),
    timeout: 120_000,
  });
  return stdout;
};

describe('pnpm demo (the README quickstart)', () => {
  it('releases the sample project offline and installs it from the local index', async () => {
    const stdout = await demo();
    expect(stdout).toContain('pypi-release-demo 1.0.0: 2 file(s), pre-flight passed.');
    expect(stdout).toContain('✓ job pypi / pypi-publish: success');
    expect(stdout).toMatch(/pypi_release_demo-1\.0\.0\.tar\.gz: uploaded/);
    expect(stdout).toContain('Verified through');
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    expect(stdout).toContain('import pypi_release_demo: version 1.0.0');
    expect(stdout).not.toMatch(/^::/m);
  }, 180_000);

  it('--caller monorepo.yml releases packages/core and packages/cli and installs both', async () => {
    const stdout = await demo('--', '--caller', 'monorepo.yml');
    expect(stdout).toContain('✓ job core / pypi-publish: success');
    expect(stdout).toContain('✓ job cli / pypi-publish: success');
    expect(stdout).toMatch(
      /Successfully installed pypi-release-demo-cli-1\.0\.0 pypi-release-demo-core-1\.0\.0/,
    );
    expect(stdout).toContain('import pypi_release_demo_core: version 1.0.0');
    expect(stdout).toContain('import pypi_release_demo_cli: version 1.0.0');
    expect(stdout).toMatch(/^ {2}• .*\(python-version 3\.12\) → Debian's/m);
    expect(stdout).not.toMatch(/^::/m);
  }, 180_000);

  it('--caller cibuildwheel.yml maps the cibuildwheel step and upload-artifact, and publishes with Trusted Publishing', async () => {
    const stdout = await demo('--', '--caller', 'cibuildwheel.yml');
    expect(stdout).toMatch(/^ {2}• run: .*\(cibuildwheel\) → .*no PyPI here to install cibuildwheel from/m);
    expect(stdout).toMatch(
      /^ {2}• actions\/upload-artifact@\S+ → an upload through the local artifact service/m,
    );
    expect(stdout).toContain('✓ job wheels (macos-14): success');
    expect(stdout).toContain('with Trusted Publishing');
    expect(stdout).toContain('✓ job pypi-publish: success');
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    expect(stdout).not.toMatch(/^::/m);
  }, 180_000);
});
