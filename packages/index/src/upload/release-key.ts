import { normalizeVersion } from '@pypi-release/dists';

/**
 * The key under which PyPI finds a release: the canonical version with trailing `.0`s of the release segment
 * dropped (packaging's `canonicalize_version`), so `1.0` and `1.0.0` are the same release.
 */
export function releaseKey(version: string): string {
  const normalized = normalizeVersion(version) ?? version;
  return normalized.replace(/^((?:\d+!)?\d+(?:\.\d+)*?)(?:\.0+)+(?=$|[^.\d])/, '$1');
}
