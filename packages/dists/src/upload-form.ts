import { getFields } from './metadata';
import { definedIn, isKnownMetadataVersion, METADATA_FIELDS, metadataFieldByForm } from './metadata-fields';
import type { CoreMetadata } from './types';

/**
 * Core metadata ⇄ the upload form (PYPI.md §2). PyPI builds the release from these form fields, so every field
 * read from the file is sent, in the way twine sends them: lower_snake_case names, one form entry per value of
 * a multi-use field (`classifiers`, `requires_dist`, `project_urls` as "Label, URL"…), and `description` set to
 * the long description (the message body, or the unfolded Description header).
 */
export function metadataFormFields(md: CoreMetadata): Array<[field: string, value: string]> {
  const form: Array<[string, string]> = [];
  const declared = getFields(md, 'Metadata-Version')[0]?.trim() ?? '';
  // setuptools wrote License-File into 2.1–2.3 metadata; PyPI's packaging refuses it below 2.4, so it is left
  // out of the form as twine leaves it out (twine/package.py).
  const dropLicenseFiles = isKnownMetadataVersion(declared) && !definedIn('2.4', declared);
  for (const field of METADATA_FIELDS) {
    if (field.name === 'License-File' && dropLicenseFiles) continue;
    if (field.name === 'Description') {
      if (md.description !== undefined) form.push(['description', md.description]);
      continue;
    }
    for (const value of getFields(md, field.name)) form.push([field.form, value]);
  }
  return form;
}

/**
 * The metadata a form describes (what the local index stores for an upload). Unknown names — the upload's own
 * fields such as `:action`, `content`, `sha256_digest` — are ignored, as PyPI ignores them.
 */
export function metadataFromFormFields(fields: Iterable<[string, string]>): CoreMetadata {
  const out = new Map<string, string[]>();
  let description: string | undefined;
  for (const [name, value] of fields) {
    const field = metadataFieldByForm(name);
    if (!field) continue;
    if (field.name === 'Description') {
      description = value;
      continue;
    }
    const key = field.name.toLowerCase();
    const values = out.get(key) ?? [];
    if (field.multiple || values.length === 0) values.push(value);
    else values[0] = value;
    out.set(key, values);
  }
  return { fields: out, description };
}
