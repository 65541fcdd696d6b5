/**
 * Valid core metadata to mutate, and palettes of field names, values and lines that sit on the edges of what
 * the rules accept (PEP 508, SPDX, e-mail lists, URLs, content types, reStructuredText).
 */

/** A long description touching most reStructuredText constructs the renderer check knows. */
export const RST_BODY = `Demo package
============

Some *emphasis*, **strong text**, \`\`inline literal\`\`, a \`link <https://example.org/>\`_, an
anonymous \`one <https://example.com/>\`__, a reference to docs_, a footnote [1]_ and a |badge|.

.. contents::

Usage
-----

Install it::

    pip install demo_pkg

1. first step
2. second step

   a nested paragraph

- bullet one
- bullet two

  - inner bullet

term
    its definition

:Author: Jane
:Version: 1.0

    A block quote.

    -- Someone

.. code-block:: python

   print("hello")

.. note::
   Mind the gap.

.. image:: https://img.example.org/badge.svg
   :target: https://example.org/
   :alt: badge

+--------+--------+
| head a | head b |
+========+========+
| cell 1 | cell 2 |
+--------+--------+

=====  =====
col a  col b
=====  =====
1      2
=====  =====

>>> print(1)
1

----

.. _docs: https://docs.example.org/
.. [1] The footnote.
.. |badge| image:: https://img.example.org/b.svg
.. a comment
   on two lines
`;

/** Metadata 2.4 with every kind of field the value rules look at, and an reStructuredText body. */
export const RICH_METADATA = `Metadata-Version: 2.4
Name: demo_pkg
Version: 1.0
Summary: A demo package
Keywords: demo,example
Author: Jane Doe
Author-email: Jane Doe <jane@example.org>, "Smith, J." <j@example.com>
Maintainer-email: team@example.org
Home-page: https://example.org/
Download-URL: https://example.org/download
License-Expression: MIT OR (Apache-2.0 WITH LLVM-exception)
License-File: LICENSE
Classifier: Programming Language :: Python :: 3
Classifier: Development Status :: 5 - Production/Stable
Requires-Dist: requests[socks]>=2.0,<3; python_version >= "3.8" and extra == "net"
Requires-Dist: tomli; python_version < "3.11"
Requires-Python: >=3.9, !=3.10.*
Project-URL: Homepage, https://example.org/
Project-URL: Source, https://github.com/example/demo
Provides-Extra: net
Dynamic: Keywords
Description-Content-Type: text/x-rst

${RST_BODY}`;

/** setuptools-style 2.1 metadata: the description folded into a header with its `|` continuation indent. */
export const FOLDED_METADATA = `Metadata-Version: 2.1
Name: demo-pkg
Version: 1.0.post1
Summary: Folded
License: MIT
Platform: UNKNOWN
Description: Title
        =====
        
        Text with *emphasis*.
       |
        - item
Description-Content-Type: text/x-rst; charset=UTF-8

`;

export const MARKDOWN_METADATA = `Metadata-Version: 2.3\r
Name: Demo.Pkg\r
Version: 1.0rc1\r
Description-Content-Type: text/markdown; variant=GFM\r
\r
# Title\r
\r
Some **markdown**.\r
`;

export const SEED_METADATA: readonly string[] = [RICH_METADATA, FOLDED_METADATA, MARKDOWN_METADATA];

export const FIELD_NAMES: readonly string[] = [
  'Metadata-Version',
  'Name',
  'Version',
  'Summary',
  'Description',
  'Description-Content-Type',
  'Keywords',
  'Home-page',
  'Download-URL',
  'Author',
  'Author-email',
  'Maintainer',
  'Maintainer-email',
  'License',
  'License-Expression',
  'License-File',
  'Classifier',
  'Requires-Dist',
  'Requires-Python',
  'Requires-External',
  'Project-URL',
  'Provides-Extra',
  'Provides-Dist',
  'Obsoletes-Dist',
  'Dynamic',
  'Platform',
  'Supported-Platform',
  'Import-Name',
];

/** Values on the edges of the field rules; each goes under any field name. */
export const FIELD_VALUES: readonly string[] = [
  '',
  'UNKNOWN',
  '1.0',
  '2.4',
  '3.0',
  '1.0.dev0+local.7',
  '1!2.0.post3.dev4',
  'v1.0-RC.1',
  '1.0..0',
  '9'.repeat(400),
  'demo_pkg',
  'Demo.Pkg-',
  '-bad-',
  'name; extra == "x"',
  'pkg[extra1,extra2] (>=1.0,<2)',
  'pkg @ https://example.org/pkg.whl',
  'pkg>=1.0;python_version<"3.8" or (os_name=="nt" and platform_machine!="x86_64")',
  'pkg ((((((((((((>=1',
  'pkg; (((((((((((((((((((((((((((( python_version',
  'pkg===arbitrary',
  '>=3.8,<4,!=3.9.*,~=3.10',
  '>=3.8.*',
  'MIT AND (Apache-2.0 OR BSD-3-Clause) WITH Classpath-exception-2.0',
  'LicenseRef-Custom+',
  'MIT AND',
  '(((((((((((((((((MIT',
  'Jane <jane@example.org>, "A, B" <a@b.c>',
  '<@>, <a@>, "unterminated <x@y.z>',
  'a@b.c'.repeat(200),
  'https://example.org/a?b=c#d',
  'ftp://example.org/',
  'http://[::1',
  'Label, https://example.org/',
  `${'L'.repeat(40)}, https://x.org/`,
  'no comma here',
  'text/x-rst; charset=latin-1',
  'text/markdown; variant=unknown',
  'application/json',
  'Programming Language :: Python :: 3',
  'Private :: Do Not Upload',
  'License :: OSI Approved :: MIT License',
  'Topic :: Made Up :: Thing',
  'line one\n line two\n\tline three',
  '\u0000\u0001\u001f\u007f',
  '\uFFFD\uD800\uDC00\uD800',
  'é'.repeat(600),
  'x'.repeat(100_001),
];

/** Lines to insert into metadata or its description: headers, broken markup, odd whitespace and characters. */
export const ODD_LINES: readonly string[] = [
  '',
  ' ',
  '\t continuation',
  'Name: other',
  'Version: 2.0',
  'Metadata-Version: 1.0',
  'Description-Content-Type: text/x-rst',
  'Description-Content-Type: text/plain',
  'No-Colon-Line',
  ': value without a name',
  'Bad Name: value',
  '=====',
  '-----',
  '~',
  'Title',
  '+-----+--+',
  '| a | b',
  '+=====+',
  '=====  =====  =====',
  '.. ',
  '.. _',
  '.. |x| replace:: y',
  '.. [#] auto',
  '.. raw:: html',
  '.. include:: /etc/passwd',
  '.. code-block::',
  '   :option: value',
  '* item',
  '#. item',
  '(a) item',
  '::',
  '*unclosed **strong `ref ``lit',
  '`a <b>`_ `a <c>`_ `a`__ __ http://x',
  '|undefined| and [99]_ and missing_',
  ':role:`x` :ref:`y` :sup:`z`',
  '\\',
  ' '.repeat(2000),
  `*${'a'.repeat(5000)}`,
  '`'.repeat(3000),
  '|'.repeat(3000),
  `${'+'.repeat(1000)}-`,
  `${'*'.repeat(1000)} ${'_'.repeat(1000)}`,
  '\u0000',
  '\u000b\u000c\u0085\u2028\u2029',
  '\uFEFF',
  '\uD83D\uDE00 \uD800',
];

/** Inline-markup fragments that open markup (or look like they do) without closing it. */
export const MARKUP_FRAGMENTS: readonly string[] = [
  '*a ',
  '**a ',
  '``a ',
  '`a ',
  '|a ',
  '_`a ',
  'a_ ',
  '[1]_ ',
  ':r:`a ',
  '`a <b ',
  '\\* ',
  '*a* ',
];
