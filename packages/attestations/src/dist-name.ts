import { escapeName, normalizeVersion, parseSdistFilename, parseWheelFilename } from '@pypi-release/dists';

/**
 * The "ultranormalized" form of a distribution filename that pypi-attestations compares subjects with:
 * normalised name (`_` for `-`) and version; for wheels, lowercase tags with each compressed tag set sorted.
 * Returns undefined when the filename is not a wheel or sdist it can parse.
 */
export function ultranormalizeFilename(filename: string): string | undefined {
  if (filename.endsWith('.whl')) {
    const wheel = parseWheelFilename(filename);
    const version = wheel && normalizeVersion(wheel.version);
    if (wheel === undefined || version === undefined || !validName(wheel.name)) return undefined;
    if (wheel.build !== undefined && !/^\d/.test(wheel.build)) return undefined;
    const tagSet = (tags: readonly string[]): string =>
      [...new Set(tags.map((tag) => tag.toLowerCase()))].sort().join('.');
    const parts = [escapeName(wheel.name), version];
    if (wheel.build !== undefined) parts.push(wheel.build);
    parts.push(tagSet(wheel.pythonTags), tagSet(wheel.abiTags), tagSet(wheel.platformTags));
    return `${parts.join('-')}.whl`;
  }
  const extension = filename.endsWith('.tar.gz') ? '.tar.gz' : filename.endsWith('.zip') ? '.zip' : undefined;
  if (extension === undefined) return undefined;
  const sdist = parseSdistFilename(`${filename.slice(0, -extension.length)}.tar.gz`);
  const version = sdist && normalizeVersion(sdist.version);
  if (sdist === undefined || version === undefined || !validName(sdist.name)) return undefined;
  return `${escapeName(sdist.name)}-${version}${extension}`;
}

function validName(name: string): boolean {
  return /^([a-z0-9]|[a-z0-9][a-z0-9._-]*[a-z0-9])$/i.test(name);
}
