import {
  escapeName,
  isAllowedPlatformTag,
  normalizeVersion,
  parseSdistFilename,
  parseWheelFilename,
} from '@pypi-release/dists';
import {
  invalidWheelFilename,
  MSG,
  sdistFilenameInvalid,
  startFilename,
  unsupportedPlatform,
  versionInFilename,
} from './messages';

/** PyPI's first filename checks: path separators, control characters, the extension. */
export function filenameShapeError(filename: string): string | undefined {
  if (filename.includes('/') || filename.includes('\\')) return MSG.separators;
  if (/[\u0000-\u001f\u007f-\u009f]/.test(filename)) return MSG.controlCharacters;
  if (filename.startsWith('.') || !(filename.endsWith('.tar.gz') || filename.endsWith('.whl')))
    return MSG.extension;
  return undefined;
}

/**
 * The filename against the project and version the form declares (PEP 625 for sdists: exactly
 * `{escaped name}-{normalized version}.tar.gz`; for wheels the escaped name, the version, allowed platform tags).
 */
export function filenameMatchError(
  filename: string,
  projectName: string,
  version: string,
  policy: 'pypi' | 'generic' = 'pypi',
): string | undefined {
  const escaped = escapeName(projectName);
  const canonical = normalizeVersion(version) ?? version;
  if (filename.endsWith('.tar.gz')) {
    const expected = `${escaped}-${canonical}.tar.gz`;
    const parsed = parseSdistFilename(filename);
    if (!parsed || filename !== expected) return sdistFilenameInvalid(filename, expected);
    return undefined;
  }
  const wheel = parseWheelFilename(filename);
  if (!wheel) return invalidWheelFilename(filename);
  if (wheel.name.toLowerCase() !== escaped && escapeName(wheel.name) !== escaped) {
    return startFilename(projectName, escaped);
  }
  if ((normalizeVersion(wheel.version) ?? wheel.version) !== canonical) {
    return versionInFilename(canonical, wheel.version);
  }
  for (const tag of policy === 'pypi' ? wheel.platformTags : []) {
    if (!isAllowedPlatformTag(tag)) return unsupportedPlatform(filename, tag);
  }
  return undefined;
}
