import { readFileSync } from 'node:fs';

/**
 * The version in the package.json one folder up: packages/cli/package.json for the sources (src/), the published
 * package's own for the bundle (lib/), so both report what they are without a build-time constant.
 */
export function cliVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const version = (manifest as { version?: unknown }).version;
  if (typeof version !== 'string') throw new Error('package.json next to the CLI has no "version" string');
  return version;
}
