import type { Walk } from './explicit';
import { type Body, indentedEnd, indentOf, isBlank, itemBody, knownIndentBody, nextNonBlank } from './lines';
import type { RstState } from './state';

/**
 * Bullet, arabic-enumerated and field lists: each item's body is checked, and an item followed directly
 * (no blank line) by unindented text that is not the next item is reported as docutils does.
 * Letter and roman enumerators are not treated as lists (their validity rules are subtle): such lines fall
 * through to the paragraph rules.
 */
type ListKind = {
  readonly kind: 'Bullet' | 'Enumerated' | 'Field';
  readonly marker: string;
  readonly length: number;
};

const BULLET = /^[-+*\u2022\u2023\u2043]( +|$)/;
const ENUMERATOR = /^(?:([0-9]+|#)([.)])|\(([0-9]+|#)\))( +|$)/;

function fieldMarker(line: string): number {
  if (!line.startsWith(':') || line.startsWith('::') || line.startsWith(': ')) return -1;
  for (let k = 1; k < line.length; k++) {
    if (line[k] === '\\') k++;
    else if (line[k] === ':' && (k + 1 === line.length || line[k + 1] === ' ') && line[k - 1] !== ' ') {
      let end = k + 1;
      while (line[end] === ' ') end++;
      return end;
    }
  }
  return -1;
}

function enumeratorOf(line: string): { format: string; ordinal: string; length: number } | undefined {
  const m = ENUMERATOR.exec(line);
  if (!m) return undefined;
  const ordinal = m[1] ?? m[3] ?? '';
  return { format: m[3] !== undefined ? '()' : (m[2] ?? ''), ordinal, length: m[0].length };
}

function isSuccessor(prev: string, next: string): boolean {
  if (next === '#') return true;
  return prev !== '#' && Number(next) === Number(prev) + 1;
}

function listKind(line: string, next: string | undefined): ListKind | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { kind: 'Bullet', marker: line[0] ?? '', length: bullet[0].length };
  const field = fieldMarker(line);
  if (field > 0) return { kind: 'Field', marker: ':', length: field };
  const en = enumeratorOf(line);
  if (!en) return undefined;
  // docutils: an enumerated item is only a list item when the next line is blank, indented or the next item.
  const following = next === undefined ? undefined : enumeratorOf(next);
  const valid =
    isBlank(next) ||
    indentOf(next ?? '') > 0 ||
    (following !== undefined && following.format === en.format && isSuccessor(en.ordinal, following.ordinal));
  return valid ? { kind: 'Enumerated', marker: `${en.format}:${en.ordinal}`, length: en.length } : undefined;
}

export function isListStart(line: string, next?: string): boolean {
  return listKind(line, next) !== undefined;
}

function continues(first: ListKind, prev: ListKind, candidate: ListKind | undefined): boolean {
  if (!candidate || candidate.kind !== first.kind) return false;
  if (first.kind === 'Bullet') return candidate.marker === first.marker;
  if (first.kind === 'Field') return true;
  const [format, prevOrdinal = ''] = prev.marker.split(':');
  const [candFormat, candOrdinal = ''] = candidate.marker.split(':');
  return format === candFormat && isSuccessor(prevOrdinal, candOrdinal);
}

/**
 * A list item's body: with text after a bullet or enumerator, docutils strips exactly the marker's width
 * (`get_known_indented`); otherwise (and for fields) the following lines' common indentation.
 */
function listItem(
  lines: readonly string[],
  i: number,
  kind: ListKind,
  first: number,
): { body: Body; end: number } {
  const line = lines[i] ?? '';
  const text = line.slice(kind.length);
  if (kind.kind !== 'Field' && text.trim() !== '') return knownIndentBody(lines, i, kind.length, first);
  return { body: itemBody(lines, i, text, first), end: indentedEnd(lines, i + 1) };
}

export function checkList(
  state: RstState,
  lines: readonly string[],
  i: number,
  first: number,
  walk: Walk,
): number {
  const firstKind = listKind(lines[i] ?? '', lines[i + 1]);
  if (!firstKind) return i + 1;
  let current = firstKind;
  for (;;) {
    const { body, end } = listItem(lines, i, current, first);
    walk(body, true);
    const adjacent = end < lines.length && !isBlank(lines[end]);
    const k = adjacent ? end : nextNonBlank(lines, end);
    const candidate = k < lines.length ? listKind(lines[k] ?? '', lines[k + 1]) : undefined;
    if (candidate && continues(firstKind, current, candidate)) {
      current = candidate;
      i = k;
      continue;
    }
    if (adjacent) {
      state.report(
        first + end,
        'warning',
        `${firstKind.kind} list ends without a blank line; unexpected unindent.`,
      );
    }
    return end;
  }
}
