import { normalizeVersion } from '@pypi-release/dists';

/**
 * The key under which PyPI finds a release: the canonical version with trailing zeros of the release segment
 * dropped (packaging's `canonicalize_version`), so `1.0`, `1.0.0` and `1` are one release, as are `1.0.post1`
 * and `1.post1`. A linear scan: a regex here backtracked quadratically on long release segments.
 */
export function releaseKey(version: string): string {
  const normalized = normalizeVersion(version) ?? version;
  const bang = normalized.indexOf('!');
  const epoch = bang >= 0 && /^\d+$/.test(normalized.slice(0, bang)) ? normalized.slice(0, bang + 1) : '';
  let end = epoch.length;
  while (end < normalized.length && /[\d.]/.test(normalized[end] ?? '')) end++;
  if (normalized[end - 1] === '.') end--; // the dot of `.post1`, `.dev0`: it belongs to the suffix
  const parts = normalized.slice(epoch.length, end).split('.');
  if (parts.some((p) => !/^\d+$/.test(p))) return normalized;
  while (parts.length > 1 && /^0+$/.test(parts.at(-1) ?? '')) parts.pop();
  return `${epoch}${parts.join('.')}${normalized.slice(end)}`;
}
