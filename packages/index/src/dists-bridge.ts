import {
  type CoreMetadata,
  checkFile,
  checkMetadata,
  type Digests,
  type FileReport,
  metadataFromFormFields,
  type Problem,
} from '@pypi-release/dists';

/** The one place the index calls the dists library's rules (PYPI.md §3). */

/** Every acceptance rule on one stored file, under its upload filename; `digests` were computed on receipt. */
export function checkDistFile(path: string, filename: string, digests: Digests): Promise<FileReport> {
  return checkFile(path, { filename, digests });
}

/** The core metadata the form carries (PYPI.md §2), and the metadata rules' problems with it. */
export function checkFormMetadata(
  fields: Iterable<[string, string]>,
  filename: string,
): { metadata: CoreMetadata; problems: Problem[] } {
  const metadata = metadataFromFormFields(fields);
  return { metadata, problems: checkMetadata(metadata, filename) };
}
