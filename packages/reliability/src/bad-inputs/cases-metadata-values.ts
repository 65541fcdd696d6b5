/** Core metadata field values: summary, emails, URLs, dependencies, classifiers, licence, long description. */
import type { BadInputCase } from './case';
import { metadataCase } from './cases-metadata';

export const METADATA_VALUE_CASES: readonly BadInputCase[] = [
  metadataCase('metadata-summary-513', 'a 513-character summary', 'metadata-summary', {
    summary: 's'.repeat(513),
  }),
  metadataCase('metadata-email-invalid', 'an author email that is no address', 'metadata-email', {
    headers: ['Author-email: Demo <not-an-address>'],
  }),
  metadataCase('metadata-javascript-url', 'a javascript: home page', 'metadata-url', {
    headers: ['Home-page: javascript:alert(document.cookie)'],
  }),
  metadataCase(
    'metadata-project-url-label',
    'a Project-URL label over 32 characters',
    'metadata-project-url',
    {
      headers: [`Project-URL: ${'L'.repeat(40)}, https://example.org/`],
    },
  ),
  metadataCase(
    'metadata-direct-url-dependency',
    'a dependency fetched from a URL',
    'metadata-direct-url-dependency',
    {
      headers: ['Requires-Dist: helper @ https://example.org/helper-1.0.tar.gz'],
    },
  ),
  metadataCase(
    'metadata-requires-dist-invalid',
    'a Requires-Dist that is not PEP 508',
    'metadata-requirement',
    {
      headers: ['Requires-Dist: requests >>= 2'],
    },
  ),
  metadataCase(
    'metadata-requires-python-invalid',
    'a Requires-Python that is no specifier set',
    'metadata-requirement',
    {
      headers: ['Requires-Python: >=3.8,,<4'],
    },
  ),
  metadataCase(
    'metadata-classifier-unknown',
    'a classifier that does not exist',
    'metadata-classifier-unknown',
    {
      headers: ['Classifier: Framework :: Made Up :: 1'],
    },
    // Only the bundled list rejects it offline (PyPI may have added it since): a warning naming the list's date.
    // Publishing to PyPI decides with PyPI's own list, and the local index refuses it with its own.
    { severity: 'warning' },
  ),
  metadataCase(
    'metadata-classifier-private',
    'the Private :: Do Not Upload classifier',
    'metadata-classifier-private',
    {
      headers: ['Classifier: Private :: Do Not Upload'],
    },
  ),
  metadataCase('metadata-license-twice', 'both License and License-Expression', 'metadata-license-conflict', {
    metadataVersion: '2.4',
    headers: ['License: MIT', 'License-Expression: MIT'],
  }),
  metadataCase(
    'metadata-license-expression-unknown-id',
    'an SPDX expression naming a license that is not on the SPDX list',
    'metadata-license-expression',
    {
      metadataVersion: '2.4',
      headers: ['License-Expression: MIT OR Use-It-After-Midnight'],
    },
  ),
  metadataCase(
    'metadata-license-classifier',
    'a License :: classifier beside License-Expression (PEP 639 deprecates it; PyPI accepts it)',
    'metadata-license-classifier',
    {
      metadataVersion: '2.4',
      headers: ['License-Expression: MIT', 'Classifier: License :: OSI Approved :: MIT License'],
    },
    { severity: 'warning' },
  ),
  metadataCase(
    'metadata-license-expression-invalid',
    'an SPDX expression cut short',
    'metadata-license-expression',
    {
      metadataVersion: '2.4',
      headers: ['License-Expression: MIT OR'],
    },
  ),
  metadataCase(
    'metadata-field-too-new',
    'License-Expression under Metadata-Version 2.1',
    'metadata-field-version',
    { headers: ['License-Expression: MIT'] },
  ),
  metadataCase('metadata-dynamic-version', 'Dynamic: Version', 'metadata-dynamic', {
    metadataVersion: '2.2',
    headers: ['Dynamic: Version'],
  }),
  metadataCase(
    'metadata-content-type-html',
    'a text/html long description',
    'metadata-description-content-type',
    {
      contentType: 'text/html',
    },
  ),
  metadataCase(
    'description-raw-html',
    'a reStructuredText `raw` directive injecting a script',
    'description-render',
    {
      contentType: null,
      body: 'Demo\n====\n\n.. raw:: html\n\n   <script>alert(1)</script>\n',
    },
  ),
  metadataCase(
    'description-absent',
    'no long description at all',
    'description-missing',
    { body: null },
    { severity: 'warning' },
  ),
];
