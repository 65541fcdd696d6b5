import { type FileReport, metadataFormFields, parseWheelFilename } from '@pypi-release/dists';
import { PublishError } from './errors';

/**
 * The upload form's text fields for one checked distribution (PYPI.md §2), in twine's order. The digests are
 * SHA-256 and BLAKE2b-256, which PyPI verifies against the file; no md5_digest (PyPI needs at least one digest and
 * computes md5 itself; uv sends sha256 alone), so that hashing the file costs two digests, not three.
 */
export function uploadFormFields(file: FileReport): Array<[string, string]> {
  const { metadata, digests } = file;
  if (!metadata || !digests || !file.kind) {
    throw new PublishError(
      'internal',
      `${file.filename}: uploaded without metadata or digests (pre-flight skipped?)`,
    );
  }
  const fields: Array<[string, string]> = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['filetype', file.kind === 'sdist' ? 'sdist' : 'bdist_wheel'],
    ['pyversion', file.kind === 'sdist' ? 'source' : pythonTag(file.filename)],
    ['sha256_digest', digests.sha256],
    ['blake2_256_digest', digests.blake2_256],
  ];
  const metadataFields = metadataFormFields(metadata);
  // PyPI requires these three; metadataFormFields yields them from the file when present.
  for (const required of ['metadata_version', 'name', 'version']) {
    if (!metadataFields.some(([name]) => name === required)) {
      throw new PublishError(
        'internal',
        `${file.filename}: the metadata has no ${required} (pre-flight skipped?)`,
      );
    }
  }
  return [...fields, ...metadataFields];
}

function pythonTag(filename: string): string {
  const parsed = parseWheelFilename(filename);
  if (!parsed) throw new PublishError('internal', `${filename}: not a wheel filename`);
  return parsed.pythonTags.join('.');
}
