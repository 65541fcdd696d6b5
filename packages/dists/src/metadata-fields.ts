/**
 * The core metadata fields (packaging.python.org "Core metadata specifications"): canonical spelling,
 * whether a field may repeat, the Metadata-Version that introduced it, and its name in PyPI's upload form
 * (PYPI.md §2: lower_snake_case, pluralised for some multi-use fields, the way twine sends them).
 */
export type MetadataVersion = '1.0' | '1.1' | '1.2' | '2.1' | '2.2' | '2.3' | '2.4' | '2.5';

export const METADATA_VERSIONS: readonly MetadataVersion[] = [
  '1.0',
  '1.1',
  '1.2',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
];

export interface MetadataField {
  /** As the specification spells it: `Requires-Dist`. */
  readonly name: string;
  /** May appear more than once. */
  readonly multiple: boolean;
  /** The Metadata-Version that introduced the field. */
  readonly since: MetadataVersion;
  /** The upload form's field name: `requires_dist`. */
  readonly form: string;
}

function field(name: string, since: MetadataVersion, form: string, multiple = false): MetadataField {
  return { name, since, form, multiple };
}

export const METADATA_FIELDS: readonly MetadataField[] = [
  field('Metadata-Version', '1.0', 'metadata_version'),
  field('Name', '1.0', 'name'),
  field('Version', '1.0', 'version'),
  field('Platform', '1.0', 'platform', true),
  field('Summary', '1.0', 'summary'),
  field('Description', '1.0', 'description'),
  field('Keywords', '1.0', 'keywords'),
  field('Home-page', '1.0', 'home_page'),
  field('Author', '1.0', 'author'),
  field('Author-email', '1.0', 'author_email'),
  field('License', '1.0', 'license'),
  field('Supported-Platform', '1.1', 'supported_platform', true),
  field('Download-URL', '1.1', 'download_url'),
  field('Classifier', '1.1', 'classifiers', true),
  field('Requires', '1.1', 'requires', true),
  field('Provides', '1.1', 'provides', true),
  field('Obsoletes', '1.1', 'obsoletes', true),
  field('Maintainer', '1.2', 'maintainer'),
  field('Maintainer-email', '1.2', 'maintainer_email'),
  field('Requires-Dist', '1.2', 'requires_dist', true),
  field('Provides-Dist', '1.2', 'provides_dist', true),
  field('Obsoletes-Dist', '1.2', 'obsoletes_dist', true),
  field('Requires-Python', '1.2', 'requires_python'),
  field('Requires-External', '1.2', 'requires_external', true),
  field('Project-URL', '1.2', 'project_urls', true),
  field('Description-Content-Type', '2.1', 'description_content_type'),
  field('Provides-Extra', '2.1', 'provides_extra', true),
  field('Dynamic', '2.2', 'dynamic', true),
  field('License-Expression', '2.4', 'license_expression'),
  // Warehouse's form names for these three are singular (forklift/metadata.py `_override`): a plural name is
  // ignored by PyPI like any unknown field.
  field('License-File', '2.4', 'license_file', true),
  field('Import-Name', '2.5', 'import_name', true),
  field('Import-Namespace', '2.5', 'import_namespace', true),
];

const BY_LOWER = new Map(METADATA_FIELDS.map((f) => [f.name.toLowerCase(), f]));
const BY_FORM = new Map(METADATA_FIELDS.map((f) => [f.form, f]));

/** The field definition for a header name, any case (`requires-dist`), or undefined for an unknown header. */
export function metadataField(name: string): MetadataField | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

const PLURAL_FORMS: ReadonlyMap<string, string> = new Map([
  ['license_files', 'license_file'],
  ['import_names', 'import_name'],
  ['import_namespaces', 'import_namespace'],
]);

/** The field definition for an upload form name (`requires_dist`; the plural spellings are read too). */
export function metadataFieldByForm(form: string): MetadataField | undefined {
  return BY_FORM.get(PLURAL_FORMS.get(form) ?? form);
}

/** Whether `version` is a Metadata-Version this toolkit (and PyPI) knows. */
export function isKnownMetadataVersion(version: string): version is MetadataVersion {
  return (METADATA_VERSIONS as readonly string[]).includes(version);
}

/** Whether a field introduced in `since` is defined by Metadata-Version `declared`. */
export function definedIn(since: MetadataVersion, declared: MetadataVersion): boolean {
  return METADATA_VERSIONS.indexOf(since) <= METADATA_VERSIONS.indexOf(declared);
}
