/**
 * The directives and roles docutils (0.19+) knows, with what PyPI's readme_renderer settings make of them
 * (`file_insertion_enabled: False` and `raw_enabled: False` turn `include` and `raw` into errors).
 */

/** How a directive's content is treated by the checker. */
export type DirectiveKind =
  | 'body' // content is rST body elements (admonitions, topic, container…): checked recursively
  | 'opaque' // content is not rST (code, math, csv-table…) or not worth checking: skipped
  | 'image' // one argument, options, no content
  | 'substitution-only' // only valid inside a substitution definition
  | 'disabled'; // refused on PyPI

const DIRECTIVES: ReadonlyMap<string, DirectiveKind> = new Map<string, DirectiveKind>([
  ...[
    'attention',
    'caution',
    'danger',
    'error',
    'hint',
    'important',
    'note',
    'tip',
    'warning',
    'admonition',
  ].map((n): [string, DirectiveKind] => [n, 'body']),
  ...['topic', 'sidebar', 'rubric', 'epigraph', 'highlights', 'pull-quote', 'compound', 'container'].map(
    (n): [string, DirectiveKind] => [n, 'body'],
  ),
  ...['table', 'list-table', 'figure'].map((n): [string, DirectiveKind] => [n, 'body']),
  ...['code', 'code-block', 'sourcecode', 'math', 'line-block', 'parsed-literal', 'csv-table', 'meta'].map(
    (n): [string, DirectiveKind] => [n, 'opaque'],
  ),
  ...['contents', 'sectnum', 'section-numbering', 'header', 'footer', 'target-notes'].map(
    (n): [string, DirectiveKind] => [n, 'opaque'],
  ),
  ...['class', 'role', 'default-role', 'title', 'restructuredtext-test-directive'].map(
    (n): [string, DirectiveKind] => [n, 'opaque'],
  ),
  ['image', 'image'],
  ...['replace', 'unicode', 'date'].map((n): [string, DirectiveKind] => [n, 'substitution-only']),
  ['include', 'disabled'],
  ['raw', 'disabled'],
]);

/** Directives whose content must not be empty (docutils `assert_has_content`). */
export const NEEDS_CONTENT = new Set([
  'attention',
  'caution',
  'danger',
  'error',
  'hint',
  'important',
  'note',
  'tip',
  'warning',
  'admonition',
  'code',
  'code-block',
  'sourcecode',
  'topic',
  'sidebar',
  'container',
  'compound',
  'epigraph',
  'highlights',
  'pull-quote',
]);

/** Directives that need an argument on the `.. name::` line (or the lines right after it). */
export const NEEDS_ARGUMENT = new Set([
  'admonition',
  'topic',
  'image',
  'figure',
  'rubric',
  'role',
  'title',
  'class',
]);

export const IMAGE_OPTIONS = new Set(['alt', 'height', 'width', 'scale', 'align', 'target', 'class', 'name']);
export const FIGURE_OPTIONS = new Set([...IMAGE_OPTIONS, 'figwidth', 'figclass']);

export function directiveKind(name: string): DirectiveKind | undefined {
  return DIRECTIVES.get(name.toLowerCase());
}

/** Roles docutils implements, by every English name (`sup` and `superscript`…). `raw` is disabled on PyPI. */
const ROLES = new Set([
  'abbreviation',
  'ab',
  'acronym',
  'ac',
  'code',
  'subscript',
  'sub',
  'superscript',
  'sup',
  'title-reference',
  'title',
  't',
  'pep-reference',
  'pep',
  'rfc-reference',
  'rfc',
  'emphasis',
  'strong',
  'literal',
  'math',
]);

export function isKnownRole(name: string): boolean {
  return ROLES.has(name.toLowerCase());
}
