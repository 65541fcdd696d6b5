import { clean, explain } from '@renovatebot/pep440';

/** PEP 508 project name: letters, digits, and `.`, `_`, `-` inside (case-insensitive). */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isValidProjectName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** PEP 503 normalisation: lower case, every run of `-`, `_`, `.` becomes one `-`. */
export function normalizeName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The name as it stands in wheel and sdist filenames: normalised, with `_` for `-` (binary distribution format). */
export function escapeName(name: string): string {
  return normalizeName(name).replace(/-/g, '_');
}

/** The canonical PEP 440 form of `version` (`1.0.0RC1` → `1.0.0rc1`), or undefined when it is not PEP 440. */
export function normalizeVersion(version: string): string | undefined {
  // `clean` also accepts a leading `v` and surrounding spaces, which PEP 440 allows when normalising.
  if (version !== version.trim()) return undefined;
  return clean(version) ?? undefined;
}

/** The local part of a PEP 440 version (`1.0+ubuntu1` → `ubuntu1`), or undefined. */
export function localVersionPart(version: string): string | undefined {
  return explain(version)?.local ?? undefined;
}
