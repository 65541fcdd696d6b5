import type { FileReport } from '@pypi-release/dists';

/**
 * The digests of the files about to be uploaded, one block per file (as pypa/gh-action-pypi-publish prints them
 * before uploading), so that a log can be matched against the files on the index or in an artifact.
 */
export function hashListing(files: readonly FileReport[]): string {
  const lines = ['Hashes of the files to upload:'];
  for (const file of files) {
    lines.push(`  ${file.filename}`);
    lines.push(`    sha256      ${file.digests?.sha256 ?? file.sha256}`);
    if (file.digests) lines.push(`    blake2-256  ${file.digests.blake2_256}`);
  }
  return lines.join('\n');
}
