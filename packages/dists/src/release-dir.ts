import { escapeName, sameVersion } from './names';

/**
 * Whether a directory stem such as `Demo_Pkg-1.0.0` names the release `expected` (escaped name and version from
 * the filename): names compare after escaping, versions by PEP 440 equality (`1.0` = `1.0.0`), or literally
 * when one is not PEP 440. Wheels split at the first dash (escaped names hold none); sdist directories,
 * which older tools named `Demo-Pkg-1.0`, at the last.
 */
export function sameRelease(
  stem: string,
  expected: { name: string; version: string },
  split: '-' | 'last-dash',
): boolean {
  const dash = split === '-' ? stem.indexOf('-') : stem.lastIndexOf('-');
  if (dash <= 0) return false;
  const version = stem.slice(dash + 1);
  const versionMatches = version === expected.version || sameVersion(version, expected.version);
  return versionMatches && escapeName(stem.slice(0, dash)) === escapeName(expected.name);
}
