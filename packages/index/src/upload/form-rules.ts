import { isValidProjectName, localVersionPart, normalizeVersion } from '@pypi-release/dists';

export const METADATA_HELP =
  'See https://packaging.python.org/specifications/core-metadata for more information.';

const METADATA_VERSIONS = new Set(['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']);
const FILETYPES = new Set([
  'bdist_dmg',
  'bdist_dumb',
  'bdist_egg',
  'bdist_msi',
  'bdist_rpm',
  'bdist_wheel',
  'bdist_wininst',
  'sdist',
]);
const HEX64 = /^[A-F0-9]{64}$/i;
const HEX32 = /^[A-F0-9]{32}$/i;

/** The upload form's own fields, validated (PYPI.md §2). */
export interface UploadForm {
  readonly metadataVersion: string;
  readonly name: string;
  readonly version: string;
  readonly filetype: string;
  readonly pyversion: string;
  readonly digests: { readonly md5?: string; readonly sha256?: string; readonly blake2_256?: string };
}

/** Form errors keyed by form field name; PyPI reports the alphabetically first one. */
export type FormErrors = Map<string, string>;

/** `'value'` as PyPI quotes it: long values are shortened to their first and last 30 characters. */
export function quoteValue(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
  return `'${shown.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** `'<value>' is an invalid value for <Field>. Error: <error> See … core-metadata …` */
export function invalidValue(value: string, field: string, error: string): string {
  return `${quoteValue(value)} is an invalid value for ${field}. Error: ${error} ${METADATA_HELP}`;
}

/** The first value of a field; PyPI drops values that are just "UNKNOWN" (distutils' placeholder). */
export function formValue(
  fields: ReadonlyArray<readonly [string, string]>,
  name: string,
): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}

function described(errors: FormErrors, key: string, value: string, field: string, error: string): void {
  if (!errors.has(key)) errors.set(key, invalidValue(value, field, error));
}

function plain(errors: FormErrors, key: string, error: string): void {
  if (!errors.has(key)) errors.set(key, `Invalid value for ${key}. Error: ${error}`);
}

/** Validates the form's required fields the way PyPI's UploadForm does; returns the form or the errors. */
export function validateForm(
  fields: ReadonlyArray<readonly [string, string]>,
  policy: 'pypi' | 'generic' = 'pypi',
): { ok: true; form: UploadForm } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = new Map();
  const get = (key: string): string => formValue(fields, key) ?? '';
  const metadataVersion = get('metadata_version');
  if (metadataVersion === '')
    described(errors, 'metadata_version', '', 'Metadata-Version', 'This field is required.');
  else if (!METADATA_VERSIONS.has(metadataVersion)) {
    described(
      errors,
      'metadata_version',
      metadataVersion,
      'Metadata-Version',
      'Use a known metadata version.',
    );
  }
  const name = get('name');
  if (name === '') described(errors, 'name', '', 'Name', 'This field is required.');
  else if (!isValidProjectName(name)) {
    described(
      errors,
      'name',
      name,
      'Name',
      "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.",
    );
  }
  const version = get('version');
  if (version === '') described(errors, 'version', '', 'Version', 'This field is required.');
  else if (normalizeVersion(version) === undefined) {
    described(
      errors,
      'version',
      version,
      'Version',
      'Invalid version. See https://peps.python.org/pep-0440/.',
    );
  } else if (policy === 'pypi' && localVersionPart(version) !== undefined) {
    described(errors, 'version', version, 'Version', "Can't use PEP 440 local versions.");
  }
  const filetype = get('filetype');
  if (filetype === '') plain(errors, 'filetype', 'This field is required.');
  else if (!FILETYPES.has(filetype)) plain(errors, 'filetype', 'Use a known file type.');
  let pyversion = get('pyversion');
  // PyPI's full_validate: binary uploads need a pyversion; an sdist's is "source" (empty means "source").
  if (filetype === 'sdist' && pyversion === '') pyversion = 'source';
  if (filetype === 'sdist' && pyversion !== 'source') {
    errors.set('__all__pyversion', "Error: Use 'source' as Python version for an sdist.");
  } else if (filetype !== 'sdist' && filetype !== '' && pyversion === '') {
    errors.set('__all__pyversion', 'Error: Python version is required for binary distribution uploads.');
  }
  const md5 = get('md5_digest');
  const sha256 = get('sha256_digest');
  const blake2 = get('blake2_256_digest');
  if (md5 !== '' && !HEX32.test(md5))
    plain(errors, 'md5_digest', 'Use a valid, hex-encoded, MD5 message digest.');
  if (sha256 !== '' && !HEX64.test(sha256)) {
    plain(errors, 'sha256_digest', 'Use a valid, hex-encoded, SHA256 message digest.');
  }
  if (blake2 !== '' && !HEX64.test(blake2)) {
    plain(errors, 'blake2_256_digest', 'Use a valid, hex-encoded, BLAKE2 message digest.');
  }
  if (md5 === '' && sha256 === '' && blake2 === '')
    errors.set('__all__', 'Error: Include at least one message digest.');
  if (errors.size > 0) return { ok: false, errors };
  const digests: { md5?: string; sha256?: string; blake2_256?: string } = {};
  if (md5 !== '') digests.md5 = md5.toLowerCase();
  if (sha256 !== '') digests.sha256 = sha256.toLowerCase();
  if (blake2 !== '') digests.blake2_256 = blake2.toLowerCase();
  return { ok: true, form: { metadataVersion, name, version, filetype, pyversion, digests } };
}

/** The message PyPI shows for a set of form errors: the alphabetically first field's. */
export function firstFormError(errors: FormErrors): string {
  const key = [...errors.keys()].sort()[0]!;
  return errors.get(key)!;
}
