import type { Walk } from './explicit';
import { type Body, isBlank } from './lines';
import { directiveKind, FIGURE_OPTIONS, IMAGE_OPTIONS, NEEDS_ARGUMENT, NEEDS_CONTENT } from './names';
import type { RstState } from './state';

/** Directives that take arguments: their first lines (up to a blank line) are arguments and options. */
const TAKES_ARGUMENTS = new Set([
  'admonition',
  'topic',
  'sidebar',
  'figure',
  'image',
  'rubric',
  'container',
  'table',
  'list-table',
  'csv-table',
  'code',
  'code-block',
  'sourcecode',
  'contents',
  'role',
  'default-role',
  'title',
  'class',
  'raw',
  'include',
  'unicode',
  'date',
]);

interface DirectiveBlock {
  readonly args: string[];
  readonly options: string[];
  /** The content as a body, with its line numbers. */
  readonly content: Body;
}

/** Splits a directive block the way docutils' `parse_directive_block` does. */
function splitBlock(name: string, body: Body): DirectiveBlock {
  let lines = [...body.lines];
  let first = body.first;
  if (lines.length > 0 && isBlank(lines[0])) {
    lines = lines.slice(1);
    first++;
  }
  while (lines.length > 0 && isBlank(lines[lines.length - 1])) lines.pop();
  let blank = lines.findIndex((l) => isBlank(l));
  if (blank < 0) blank = lines.length;
  const head = lines.slice(0, blank);
  const optionAt = head.findIndex((l) => l.startsWith(':'));
  const args = optionAt < 0 ? head : head.slice(0, optionAt);
  const options = optionAt < 0 ? [] : head.slice(optionAt);
  let contentLines: string[];
  let contentFirst: number;
  if (TAKES_ARGUMENTS.has(name) || args.length === 0) {
    contentLines = lines.slice(blank + 1);
    contentFirst = first + blank + 1;
  } else {
    // No arguments: the text on the directive line starts the content (options in between are dropped).
    contentLines = [...args, ...lines.slice(blank)];
    contentFirst = first;
  }
  const skip = contentLines.findIndex((l) => !isBlank(l));
  return {
    args: TAKES_ARGUMENTS.has(name) ? args : [],
    options,
    content: { lines: skip < 0 ? [] : contentLines.slice(skip), first: contentFirst + Math.max(skip, 0) },
  };
}

function checkOptions(
  state: RstState,
  name: string,
  options: readonly string[],
  allowed: Set<string>,
  line: number,
) {
  for (const option of options) {
    const m = /^:([^:]+):/.exec(option);
    if (m && !allowed.has(m[1] ?? '')) {
      state.report(line, 'error', `Error in "${name}" directive: unknown option: "${m[1]}".`);
      return;
    }
  }
}

/**
 * An image scaled without both its width and height: docutils 0.22+ (Warehouse pins 0.23) reads the size from
 * the image file, which PyPI's settings forbid (file insertion disabled), so the HTML writer warns and the
 * render fails (requests-oauthlib 2.0.0's README). Inside a substitution definition it only fails where the
 * substitution is used (`state.scaledSubstitutions`, checked with the references).
 */
function checkScale(
  state: RstState,
  uri: string,
  options: readonly string[],
  line: number,
  substitution: string | undefined,
): void {
  const has = (option: string) => options.some((o) => o.startsWith(`:${option}:`));
  if (!has('scale') || (has('width') && has('height'))) return;
  const message = `Cannot scale image! Could not get size from "${uri.replace(/\s/g, '')}": Reading external files disabled.`;
  if (substitution === undefined) state.report(line, 'warning', message);
  else state.scaledSubstitutions.set(substitution, { line, message });
}

/** Checks one directive; `body` is its block (first line = the text after `::`). */
export function checkDirective(
  state: RstState,
  rawName: string,
  body: Body,
  inSubstitution: boolean,
  walk: Walk,
  substitution?: string,
) {
  const name = rawName.toLowerCase();
  const line = body.first;
  const kind = directiveKind(name);
  if (kind === undefined) {
    state.report(line, 'error', `Unknown directive type "${rawName}".`);
    return;
  }
  if (kind === 'disabled') {
    state.report(line, 'warning', `"${name}" directive disabled.`);
    return;
  }
  if (kind === 'substitution-only' && !inSubstitution) {
    state.report(
      line,
      'error',
      `Invalid context: the "${name}" directive can only be used within a substitution definition.`,
    );
    return;
  }
  const block = splitBlock(name, body);
  if (NEEDS_ARGUMENT.has(name) && block.args.join('').trim() === '') {
    state.report(line, 'error', `Error in "${name}" directive: 1 argument(s) required, 0 supplied.`);
    return;
  }
  if (NEEDS_CONTENT.has(name) && block.content.lines.length === 0) {
    state.report(line, 'error', `Content block expected for the "${name}" directive; none found.`);
    return;
  }
  if (name === 'role') {
    const role = /^([A-Za-z0-9][-\w.:+]*)/.exec(block.args.join(' ').trim());
    if (role) state.customRoles.add((role[1] ?? '').toLowerCase());
  }
  if (kind === 'image' || name === 'figure')
    checkScale(state, block.args.join(' ').trim(), block.options, line, substitution);
  if (kind === 'image') {
    checkOptions(state, name, block.options, IMAGE_OPTIONS, line);
    if (block.content.lines.length > 0)
      state.report(line, 'error', `Error in "${name}" directive: no content permitted.`);
    return;
  }
  if (name === 'figure') checkOptions(state, name, block.options, FIGURE_OPTIONS, line);
  if (kind === 'body') walk(block.content, true);
}
