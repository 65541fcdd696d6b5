import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const demo = async (...args: string[]): Promise<string> => {
  const { stdout } = await run('pnpm', ['--silent', 'demo', ...args], {
    cwd: join(import.meta.dirname, '..'),
    timeout: 540_000,
  });
  return stdout;
};

describe('pnpm demo (the README quickstart)', () => {
  it('releases the sample project offline and installs it from the local index', async () => {
    const stdout = await demo();
    expect(stdout).toContain('pypi-release-demo 1.0.0: 2 file(s), pre-flight passed (pypi index policy).');
    expect(stdout).toContain('✓ job pypi / pypi-publish: success');
    expect(stdout).toMatch(/pypi_release_demo-1\.0\.0\.tar\.gz: uploaded/);
    expect(stdout).toContain('Verified through');
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    expect(stdout).toContain('import pypi_release_demo: version 1.0.0');
    expect(stdout).not.toMatch(/^::/m);
    // The strict rehearsal: setup-python is a fresh venv with pip only; the build action installs its pinned
    // frontend and builds in isolated environments, pip fetching all of it from the local index.
    expect(stdout).toMatch(
      /^ {2}• actions\/setup-python@\S+ \(python-version 3\.x\) → a fresh venv of .* holding pip [\d.]+, first on PATH/m,
    );
    expect(stdout).toMatch(/^pip list: pip [\d.]+$/m);
    expect(stdout).toMatch(/^frontend: build \S+ installed from http:\/\/127\.0\.0\.1:\d+\/simple\//m);
    expect(stdout).toContain('Creating isolated environment');
    const fetched = stdout.slice(stdout.indexOf('pip fetched from the local index during the run'));
    for (const wheel of [/^ {2}build-[\d.]+-py3-none-any\.whl/m, /^ {2}hatchling-[\d.]+-py3-none-any\.whl/m])
      expect(fetched).toMatch(wheel);
    expect(stdout).not.toContain('--skip-dependency-check');
    expect(stdout).not.toContain('--no-isolation');
  }, 600_000);

  it('--caller monorepo.yml releases packages/core and packages/cli and installs both', async () => {
    const stdout = await demo('--', '--caller', 'monorepo.yml');
    expect(stdout).toContain('✓ job core / pypi-publish: success');
    expect(stdout).toContain('✓ job cli / pypi-publish: success');
    expect(stdout).toMatch(
      /Successfully installed pypi-release-demo-cli-1\.0\.0 pypi-release-demo-core-1\.0\.0/,
    );
    expect(stdout).toContain('import pypi_release_demo_core: version 1.0.0');
    expect(stdout).toContain('import pypi_release_demo_cli: version 1.0.0');
    expect(stdout).toMatch(/^ {2}• .*\(python-version 3\.12\) → a fresh venv of /m);
    expect(stdout).toMatch(/^ {2}• astral-sh\/setup-uv@\S+ → /m);
    expect(stdout).not.toMatch(/^::/m);
  }, 600_000);

  it('--caller cibuildwheel.yml maps the cibuildwheel step and upload-artifact, and publishes with Trusted Publishing', async () => {
    const stdout = await demo('--', '--caller', 'cibuildwheel.yml');
    expect(stdout).toMatch(
      /^ {2}• run: .*\(cibuildwheel\) → a fresh venv of the job's Python: `python -m pip install build` from the local index/m,
    );
    expect(stdout).toMatch(
      /^ {2}• actions\/upload-artifact@\S+ → an upload through the local artifact service/m,
    );
    expect(stdout).toContain('✓ job wheels (macos-14): success');
    expect(stdout).toContain('with Trusted Publishing');
    expect(stdout).toContain('✓ job pypi-publish: success');
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    expect(stdout).not.toMatch(/^::/m);
    expect(stdout).toMatch(/^provenance verified: (\d+)\/\1 files$/m);
  }, 600_000);

  it('--caller testpypi-then-pypi.yml builds once and publishes the same files to a TestPyPI stand-in, then PyPI', async () => {
    const stdout = await demo('--', '--caller', 'testpypi-then-pypi.yml');
    expect(stdout).toMatch(/^TestPyPI stand-in: http:\/\/127\.0\.0\.1:\d+\/legacy\/$/m);
    expect(stdout).toContain('✓ job build / release-build: success');
    expect(stdout).toContain('✓ job publish-to-testpypi: success');
    expect(stdout).toContain('✓ job publish-to-pypi: success');
    expect(stdout.match(/^✓ job .*release-build: success$/gm)).toHaveLength(1);
    expect(stdout).toMatch(/^ {2}• repository-url https:\/\/test\.pypi\.org\/legacy\/ → the local index /m);
    expect(stdout).toContain('Successfully installed pypi-release-demo-1.0.0');
    // Each publish signs into its own folder under RUNNER_TEMP: the second never meets the first's files.
    const folders = new Set(stdout.match(/pypi-release-attestations-[0-9a-f-]+/g));
    expect(folders.size).toBe(2);
    expect(stdout).toContain('provenance verified: 2/2 files');
  }, 600_000);
});
