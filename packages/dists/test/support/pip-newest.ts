import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The newest release of a project that pip can reach through its configuration (the local wheelhouse here,
 * PyPI elsewhere): `pip download --no-deps` into a temporary folder, the version read back from the wheel's
 * filename. No retries: an unreachable index fails fast instead of costing pip's 80 s of retries.
 */
export interface NewestWheel {
  readonly version: string;
  /** The downloaded wheel; removed by `dispose`. */
  readonly path: string;
  dispose(): void;
}

export function downloadNewest(project: string, pip = 'pip'): NewestWheel {
  const dir = mkdtempSync(join(tmpdir(), `newest-${project}-`));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    execFileSync(
      pip,
      ['download', '--no-deps', '--only-binary', ':all:', '--retries', '0', '--quiet', '-d', dir, project],
      {
        env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        timeout: 120_000,
      },
    );
    const wheel = readdirSync(dir).find((f) => f.endsWith('.whl'));
    const version = wheel?.split('-')[1];
    if (wheel === undefined || version === undefined)
      throw new Error(`pip download ${project} left no wheel in ${dir}`);
    return { version, path: join(dir, wheel), dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}
