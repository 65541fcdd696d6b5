/** Core metadata: its encoding and syntax, the required fields, and the name and version it declares. */
import type { BadInputCase } from './case';
import {
  fileCase,
  type MetadataSpec,
  metadata,
  SDIST,
  sdistParts,
  sdistTarGz,
  TOP,
  WHEEL,
  wheelZip,
} from './fixtures';

/** A wheel whose METADATA is `metadata(spec)`; everything else as in the valid wheel. */
export function metadataCase(
  id: string,
  attack: string,
  code: string,
  spec: MetadataSpec,
  options: Pick<BadInputCase, 'severity'> = {},
): BadInputCase {
  return fileCase({
    id,
    attack,
    code,
    file: WHEEL,
    bytes: () => wheelZip({ metadata: metadata(spec) }),
    ...options,
  });
}

export const METADATA_CASES: readonly BadInputCase[] = [
  fileCase({
    id: 'metadata-latin-1',
    attack: 'METADATA in Latin-1, not UTF-8 (non-UTF-8 metadata)',
    code: 'metadata-encoding',
    file: WHEEL,
    bytes: () => wheelZip({ metadata: Buffer.from(metadata({ headers: ['Author: Jos\u00e9'] }), 'latin1') }),
  }),
  metadataCase('metadata-line-100k', 'a header line over 100,000 characters', 'metadata-syntax', {
    headers: [`Keywords: ${'k'.repeat(100_001)}`],
  }),
  metadataCase('metadata-no-version', 'metadata without a Version field', 'metadata-missing-field', {
    version: null,
  }),
  metadataCase('metadata-version-3', 'Metadata-Version 3.0', 'metadata-version-unsupported', {
    metadataVersion: '3.0',
  }),
  metadataCase('metadata-name-invalid', 'a project name with a `!`', 'metadata-name', { name: 'demo_pkg!' }),
  metadataCase('metadata-version-invalid', 'a version that is not PEP 440', 'metadata-version', {
    version: 'latest',
  }),
  fileCase({
    id: 'metadata-local-version',
    attack: 'a local version (`+local`), in the filename and the metadata',
    code: 'metadata-local-version',
    file: 'demo_pkg-1.0+local-py3-none-any.whl',
    bytes: () => wheelZip({ version: '1.0+local' }),
  }),
  metadataCase(
    'metadata-other-name',
    'metadata naming another project than the filename',
    'metadata-name-mismatch',
    {
      name: 'other_pkg',
    },
  ),
  metadataCase(
    'metadata-other-version',
    'metadata with another version than the filename',
    'metadata-version-mismatch',
    {
      version: '2.0',
    },
  ),
  fileCase({
    id: 'sdist-pkg-info-other-name',
    attack: 'an sdist whose PKG-INFO names another project (typosquatting by renaming)',
    code: 'metadata-name-mismatch',
    file: SDIST,
    bytes: () => sdistTarGz(sdistParts(TOP, metadata({ name: 'requests' }))),
  }),
  fileCase({
    id: 'sdist-pkg-info-no-name',
    attack: 'PKG-INFO without a Name field',
    code: 'metadata-missing-field',
    file: SDIST,
    bytes: () => sdistTarGz(sdistParts(TOP, metadata({ name: null }))),
  }),
];
