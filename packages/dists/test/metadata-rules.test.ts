import { describe, expect, it } from 'vitest';
import { BUNDLED_CLASSIFIERS, classifierListFromText } from '../src/classifiers';
import { parseMetadata } from '../src/metadata';
import { checkMetadata } from '../src/metadata-rules';
import { METADATA_RULE_LIST } from '../src/rules/metadata-rules-catalog';
import { unknownSpdxIds } from '../src/spdx-expression';

const BASE = ['Metadata-Version: 2.4', 'Name: demo-pkg', 'Version: 1.0.0', 'Summary: A demo'];
const BODY = 'A long description.\n';

/** Metadata from the base headers plus `extra`, with a valid rST body unless `body` says otherwise. */
function md(extra: string[], options: { base?: string[]; body?: string } = {}) {
  const text = `${[...(options.base ?? BASE), ...extra].join('\n')}\n\n${options.body ?? BODY}`;
  return parseMetadata(text).metadata;
}

function codes(
  extra: string[],
  options: { base?: string[]; body?: string; name?: string; version?: string } = {},
) {
  const context = {
    ...(options.name === undefined ? {} : { expectedName: options.name }),
    ...(options.version === undefined ? {} : { expectedVersion: options.version }),
  };
  return checkMetadata(md(extra, options), 'demo_pkg-1.0.0-py3-none-any.whl', context).map((p) => p.code);
}

describe('metadata rules (PYPI.md §3 "Metadata")', () => {
  it('accepts complete, valid metadata', () => {
    expect(codes([])).toEqual([]);
  });

  it('rejects missing required fields', () => {
    expect(codes([], { base: ['Name: demo'] })).toEqual(['metadata-missing-field', 'metadata-missing-field']);
  });

  it('rejects an unsupported Metadata-Version', () => {
    expect(codes([], { base: ['Metadata-Version: 3.0', ...BASE.slice(1)] })).toContain(
      'metadata-version-unsupported',
    );
    expect(codes([], { base: ['Metadata-Version: 1.0', ...BASE.slice(1)] })).toEqual([]);
  });

  it('rejects an invalid project name', () => {
    expect(codes([], { base: [BASE[0]!, 'Name: -demo', ...BASE.slice(2)] })).toEqual(['metadata-name']);
  });

  it('rejects a version that is not PEP 440', () => {
    expect(codes([], { base: [...BASE.slice(0, 2), 'Version: 1.0-banana'] })).toEqual(['metadata-version']);
    expect(codes([], { base: [...BASE.slice(0, 2), 'Version: 1.0.0rc1'] })).toEqual([]);
  });

  it('rejects a local version', () => {
    expect(codes([], { base: [...BASE.slice(0, 2), 'Version: 1.0+local'] })).toEqual([
      'metadata-local-version',
    ]);
  });

  it('compares name and version with the filename, normalised', () => {
    expect(codes([], { name: 'Demo_Pkg', version: '1.0' })).toEqual([]);
    expect(codes([], { name: 'other' })).toEqual(['metadata-name-mismatch']);
    expect(codes([], { version: '1.0.1' })).toEqual(['metadata-version-mismatch']);
  });

  it('rejects a summary over 512 characters', () => {
    expect(codes([], { base: [...BASE.slice(0, 3), `Summary: ${'x'.repeat(513)}`] })).toEqual([
      'metadata-summary',
    ]);
    expect(codes([], { base: [...BASE.slice(0, 3), `Summary: ${'x'.repeat(512)}`] })).toEqual([]);
  });

  it('rejects invalid email addresses', () => {
    expect(codes(['Author-email: Jane <jane@example>'])).toEqual(['metadata-email']);
    expect(codes(['Maintainer-email: not-an-address'])).toEqual(['metadata-email']);
    expect(codes(['Author-email: "Doe, Jane" <jane@example.org>, bob@example.org'])).toEqual([]);
  });

  it('rejects URLs that are not http(s)', () => {
    expect(codes(['Home-page: ftp://example.org'])).toEqual(['metadata-url']);
    expect(codes(['Project-URL: Source, git@github.com:x/y'])).toEqual(['metadata-url']);
    expect(codes(['Home-page: https://example.org', 'Download-URL: UNKNOWN'])).toEqual([]);
  });

  it('rejects Project-URL labels over 32 characters or without a comma', () => {
    expect(codes([`Project-URL: ${'L'.repeat(33)}, https://example.org`])).toEqual(['metadata-project-url']);
    expect(codes(['Project-URL: https://example.org'])).toEqual(['metadata-project-url']);
    expect(codes([`Project-URL: ${'L'.repeat(32)}, https://example.org`])).toEqual([]);
  });

  it('rejects direct URL dependencies', () => {
    expect(codes(['Requires-Dist: pkg @ https://example.org/pkg.whl'])).toEqual([
      'metadata-direct-url-dependency',
    ]);
  });

  it('rejects requirements that are not PEP 508 and bad Requires-Python', () => {
    expect(codes(['Requires-Dist: pkg >= '])).toEqual(['metadata-requirement']);
    expect(codes(['Requires-Python: >=3.8,banana'])).toEqual(['metadata-requirement']);
    expect(
      codes(["Requires-Dist: pkg[a,b] (>=1.0,<2); extra == 'x'", 'Requires-Python: >=3.8, !=3.9.*']),
    ).toEqual([]);
  });

  it('warns about a classifier the bundled list lacks, naming the list and its date', () => {
    const problems = checkMetadata(md(['Classifier: Programming Language :: Cobol++']), 'f.whl');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['metadata-classifier-unknown', 'warning']]);
    expect(problems[0]?.message).toContain(BUNDLED_CLASSIFIERS.source);
    expect(BUNDLED_CLASSIFIERS.source).toMatch(/^trove-classifiers \d{4}\.\S+ \(\d{4}-\d{2}-\d{2}\)$/);
  });

  it('accepts the classifiers the 2023 list lacked (GraalPy, JSON, OpenTelemetry)', () => {
    expect(
      codes([
        'Classifier: Programming Language :: Python :: Implementation :: GraalPy',
        'Classifier: Topic :: File Formats :: JSON',
        'Classifier: Framework :: OpenTelemetry',
        'Classifier: Programming Language :: Python :: 3.14',
      ]),
    ).toEqual([]);
  });

  it('rejects deprecated classifiers, naming the replacement', () => {
    const problems = checkMetadata(md(['Classifier: Natural Language :: Ukranian']), 'f.whl');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['metadata-classifier-unknown', 'error']]);
    expect(problems[0]?.message).toContain("use 'Natural Language :: Ukrainian'");
  });

  it("decides with the index's own list when one is given", () => {
    const index = classifierListFromText(
      [...BUNDLED_CLASSIFIERS.known, 'Topic :: Brand New'].join('\n'),
      "pypi.org's classifier list",
    );
    if (!index) throw new Error('the list was not recognised');
    const check = (c: string) =>
      checkMetadata(md([`Classifier: ${c}`]), 'f.whl', { classifiers: index }).map((p) => [
        p.code,
        p.severity,
      ]);
    expect(check('Topic :: Brand New')).toEqual([]);
    expect(check('Topic :: Nonsense')).toEqual([['metadata-classifier-unknown', 'error']]);
    expect(classifierListFromText('<html>Service unavailable</html>', 'x')).toBeUndefined();
  });

  it('rejects Private classifiers', () => {
    expect(codes(['Classifier: Private :: Do Not Upload'])).toEqual(['metadata-classifier-private']);
  });

  it('rejects License together with License-Expression', () => {
    expect(codes(['License: MIT', 'License-Expression: MIT'])).toEqual(['metadata-license-conflict']);
    expect(codes(['License-Expression: MIT'])).toEqual([]);
  });

  it('warns (PyPI accepts it) about License classifiers beside License-Expression, with the fix', () => {
    const extra = ['License-Expression: MIT', 'Classifier: License :: OSI Approved :: MIT License'];
    const problems = checkMetadata(md(extra), 'f.whl');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['metadata-license-classifier', 'warning']]);
    expect(problems[0]?.message).toContain('Drop the "License ::" classifiers');
    expect(codes(['License-Expression: MIT'])).toEqual([]);
  });

  it('rejects an invalid SPDX expression', () => {
    expect(codes(['License-Expression: MIT OR'])).toEqual(['metadata-license-expression']);
    expect(codes(['License-Expression: (Apache-2.0 OR MIT) AND LicenseRef-Custom'])).toEqual([]);
    expect(codes(['License-Expression: GPL-2.0-or-later WITH Classpath-exception-2.0'])).toEqual([]);
  });

  it('checks SPDX identifiers against the SPDX list as packaging does (PyPI refuses unknown ones)', () => {
    expect(codes(['License-Expression: mit OR apache-2.0'])).toEqual([]);
    expect(codes(['License-Expression: GPL-2.0+'])).toEqual([]);
    expect(codes(['License-Expression: LicenseRef-My.Own-1'])).toEqual([]);
    expect(codes(['License-Expression: Use-it-after-midnight'])).toEqual(['metadata-license-expression']);
    expect(codes(['License-Expression: MIT WITH Not-An-Exception'])).toEqual(['metadata-license-expression']);
    expect(codes(['License-Expression: DocumentRef-x:LicenseRef-y'])).toEqual([
      'metadata-license-expression',
    ]);
    expect(unknownSpdxIds('MIT AND (Foo OR Apache-2.0 WITH LLVM-exception)')).toEqual(['Foo']);
  });

  it('rejects fields the declared Metadata-Version does not define, as packaging does on PyPI', () => {
    const base = ['Metadata-Version: 2.1', ...BASE.slice(1)];
    const problems = checkMetadata(md(['License-Expression: MIT'], { base }), 'f.whl');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['metadata-field-version', 'error']]);
    expect(codes(['License-File: LICENSE'], { base })).toEqual([]);
  });

  it('rejects Dynamic naming Name, Version or unknown fields', () => {
    expect(codes(['Dynamic: Version'])).toEqual(['metadata-dynamic']);
    expect(codes(['Dynamic: Colour'])).toEqual(['metadata-dynamic']);
    expect(codes(['Dynamic: Requires-Dist'])).toEqual([]);
  });

  it('rejects Description-Content-Type values PyPI does not render', () => {
    expect(codes(['Description-Content-Type: text/html'])).toEqual(['metadata-description-content-type']);
    expect(codes(['Description-Content-Type: text/markdown; variant=Fancy'])).toEqual([
      'metadata-description-content-type',
    ]);
    expect(codes(['Description-Content-Type: text/markdown; charset=UTF-8; variant=GFM'])).toEqual([]);
  });

  it('reports a long description that does not render as rST, with its line', () => {
    const problems = checkMetadata(md([], { body: 'Title\n=====\n\n.. automodule:: x\n' }), 'f.whl');
    expect(problems.map((p) => p.code)).toEqual(['description-render']);
    expect(problems[0]?.message).toMatch(/line 4: Unknown directive type "automodule"/);
  });

  it('does not render-check markdown', () => {
    expect(codes(['Description-Content-Type: text/markdown'], { body: '.. automodule:: x\n' })).toEqual([]);
  });

  it('warns when there is no long description', () => {
    const problems = checkMetadata(md([], { body: '' }), 'f.whl');
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['description-missing', 'warning']]);
  });

  it('names the file, the rule and the fix in every message', () => {
    const [problem] = checkMetadata(
      md([], { base: [...BASE.slice(0, 2), 'Version: 1.0+x'] }),
      'demo-1.0.tar.gz',
    );
    expect(problem?.message).toMatch(/^demo-1\.0\.tar\.gz: .*Rule: .*Fix: /);
  });

  it('has a catalog entry for every code', () => {
    const catalog = new Set(METADATA_RULE_LIST.map((r) => r.code));
    expect(catalog.size).toBe(METADATA_RULE_LIST.length);
    expect(catalog.has('metadata-email')).toBe(true);
  });
});
