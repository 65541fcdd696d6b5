import { checkDirective } from './directive';
import { type Body, indentedEnd, isBlank, itemBody } from './lines';
import { normalizeRefName, type RstState } from './state';

/** Explicit markup (`.. `): footnotes, citations, hyperlink targets, substitutions, directives, comments. */
export type Walk = (body: Body, nested: boolean) => void;

const EXPLICIT = /^\.\.( +|$)/;
const ANONYMOUS = /^__( +|$)/;
const FOOTNOTE =
  /^\.\. +\[([0-9]+|#(?:[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)?|\*|[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)\]( +|$)/;
const SUBSTITUTION = /^\.\. +\|([^|]*[^|\s])\|( +|$)/;
const DIRECTIVE = /^\.\. +([A-Za-z0-9]+(?:[-_+:.][A-Za-z0-9]+)*) ?::( +|$)/;

export function isExplicitStart(line: string | undefined): boolean {
  return line !== undefined && (EXPLICIT.test(line) || ANONYMOUS.test(line));
}

/** Whether an explicit markup line is a comment (docutils drops comments before checking transitions). */
export function isComment(line: string): boolean {
  return (
    EXPLICIT.test(line) &&
    !FOOTNOTE.test(line) &&
    !/^\.\. +_/.test(line) &&
    !SUBSTITUTION.test(line) &&
    !DIRECTIVE.test(line)
  );
}

/** The name and the rest of a `.. _name: value` line, or undefined when it is not a target. */
function parseTarget(text: string): { name: string; value: string } | undefined {
  if (text.startsWith('`')) {
    const close = text.indexOf('`', 1);
    if (close < 0 || text[close + 1] !== ':') return undefined;
    return { name: text.slice(1, close), value: text.slice(close + 2) };
  }
  for (let k = 0; k < text.length; k++) {
    if (text[k] === '\\') k++;
    else if (text[k] === ':' && (k + 1 === text.length || text[k + 1] === ' ')) {
      return { name: text.slice(0, k).replace(/\\(.)/g, '$1'), value: text.slice(k + 1) };
    }
  }
  return undefined;
}

function checkTarget(
  state: RstState,
  lines: readonly string[],
  i: number,
  end: number,
  first: number,
): boolean {
  const target = parseTarget((lines[i] ?? '').replace(/^\.\. +_/, ''));
  if (!target) return false;
  const value = [target.value, ...lines.slice(i + 1, end)].join('').replace(/\s+/g, '');
  const line = first + i;
  if (target.name === '_') {
    state.anonymousTargets++;
    return true;
  }
  const indirect = /^`?([^`]*)`?_$/.exec(value);
  if (indirect && !value.includes('://'))
    state.refs.push({ name: normalizeRefName(indirect[1] ?? ''), line });
  state.addTarget(target.name, value, line);
  return true;
}

function checkFootnote(state: RstState, label: string, body: Body, walk: Walk): void {
  if (label === '#') state.autoFootnotes++;
  else if (label === '*') state.symbolFootnotes++;
  else state.labels.add(normalizeRefName(label));
  if (label.startsWith('#') && label.length > 1) state.labels.add(normalizeRefName(label));
  walk(body, true);
}

/** One explicit construct at `i`; returns the index after its block. */
function construct(state: RstState, lines: readonly string[], i: number, first: number, walk: Walk): number {
  const line = lines[i] ?? '';
  if (ANONYMOUS.test(line)) {
    state.anonymousTargets++;
    return indentedEnd(lines, i + 1);
  }
  if (line.trim() === '..' && isBlank(lines[i + 1])) return i + 1;
  const end = indentedEnd(lines, i + 1);
  const footnote = FOOTNOTE.exec(line);
  if (footnote) {
    checkFootnote(state, footnote[1] ?? '', itemBody(lines, i, line.slice(footnote[0].length), first), walk);
    return end;
  }
  if (/^\.\. +_/.test(line) && checkTarget(state, lines, i, end, first)) return end;
  const substitution = SUBSTITUTION.exec(line);
  if (substitution) {
    const name = normalizeRefName(substitution[1] ?? '');
    state.substitutions.add(name);
    const rest = `.. ${line.slice(substitution[0].length)}`;
    const directive = DIRECTIVE.exec(rest);
    if (directive) {
      const body = itemBody(lines, i, rest.slice(directive[0].length), first);
      checkDirective(state, directive[1] ?? '', body, true, walk, name);
    }
    return end;
  }
  const directive = DIRECTIVE.exec(line);
  if (directive) {
    checkDirective(
      state,
      directive[1] ?? '',
      itemBody(lines, i, line.slice(directive[0].length), first),
      false,
      walk,
    );
  }
  // Anything else is a comment: its block is skipped.
  return end;
}

/**
 * A run of explicit constructs from `i` (docutils' explicit list: consecutive constructs need no blank line
 * between them). Returns the index after the run.
 */
export function checkExplicit(
  state: RstState,
  lines: readonly string[],
  i: number,
  first: number,
  walk: Walk,
): number {
  for (;;) {
    const end = construct(state, lines, i, first, walk);
    if (end >= lines.length || isBlank(lines[end])) return end;
    if (isExplicitStart(lines[end])) {
      i = end;
      continue;
    }
    state.report(first + end, 'warning', 'Explicit markup ends without a blank line; unexpected unindent.');
    return end;
  }
}
