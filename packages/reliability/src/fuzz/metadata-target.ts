import { checkMetadata, DistsError, metadataSyntaxProblems, parseMetadata } from '@pypi-release/dists';
import { type MetadataInput, metadataInput } from './metadata-inputs';
import { clip, showBytes, showText } from './show';
import type { FuzzTarget } from './target';

/**
 * The core metadata parser, and every rule that reads what it parsed (names, versions, PEP 508, SPDX, e-mail,
 * URLs, classifiers, the reStructuredText renderer check): they return problems, never throw.
 */
export const metadataTarget: FuzzTarget<MetadataInput> = {
  name: 'metadata parser (parseMetadata, checkMetadata)',
  input: metadataInput,
  typedErrors: [DistsError],
  show: ({ how, data }) =>
    `${clip(how, 400)} → ${typeof data === 'string' ? showText(data) : showBytes(data)}`,
  open: async () => ({
    call: ({ data }) => {
      const parsed = parseMetadata(data);
      metadataSyntaxProblems(parsed.problems, 'METADATA');
      return checkMetadata(parsed.metadata, 'METADATA', { expectedName: 'demo_pkg', expectedVersion: '1.0' });
    },
    close: async () => undefined,
  }),
};
