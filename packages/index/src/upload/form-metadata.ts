import type { CoreMetadata } from '@pypi-release/dists';
import type { StoredMetadata } from '../storage/rows';

export function toStoredMetadata(md: CoreMetadata): StoredMetadata {
  const fields: Record<string, string[]> = {};
  for (const [key, values] of md.fields) fields[key.toLowerCase()] = [...values];
  return { fields, description: md.description ?? null };
}

/** Drops distutils' "UNKNOWN" placeholders and escapes NUL characters, as PyPI does before validating. */
export function cleanFields(fields: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  return fields
    .filter(([, value]) => value.trim() !== 'UNKNOWN')
    .map(([key, value]) => [key, value.replaceAll('\u0000', '\\x00')]);
}
