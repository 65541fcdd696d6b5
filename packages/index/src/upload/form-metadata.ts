import type { CoreMetadata } from '@pypi-release/dists';
import type { StoredMetadata } from '../storage/rows';

/** Form names that are not the header name in snake case (PYPI.md §2: multi-use fields are pluralised). */
const FORM_TO_HEADER: Record<string, string> = {
  classifiers: 'classifier',
  project_urls: 'project-url',
  license_files: 'license-file',
  license_file: 'license-file',
  import_names: 'import-name',
  import_namespaces: 'import-namespace',
};

const NOT_METADATA = new Set([
  ':action',
  'protocol_version',
  'filetype',
  'pyversion',
  'md5_digest',
  'sha256_digest',
  'blake2_256_digest',
  'comment',
  'attestations',
  'gpg_signature',
  'content',
]);

/** The core metadata a form carries, headers by lower-case name (used when the dists library has no builder). */
export function metadataFromForm(fields: Iterable<readonly [string, string]>): CoreMetadata {
  const map = new Map<string, string[]>();
  let description: string | undefined;
  for (const [key, value] of fields) {
    if (NOT_METADATA.has(key)) continue;
    if (key === 'description') {
      description = value;
      continue;
    }
    const header = FORM_TO_HEADER[key] ?? key.replace(/_/g, '-');
    const values = map.get(header) ?? [];
    values.push(value);
    map.set(header, values);
  }
  return { fields: map, description };
}

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
