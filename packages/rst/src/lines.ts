/** Line-level helpers for the reStructuredText checker: indentation, adornments, display width, blocks. */

/** A body of lines to parse; `first` is the 1-based line number of `lines[0]` in the whole description. */
export interface Body {
  readonly lines: readonly string[];
  readonly first: number;
}

export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

export function indentOf(line: string): number {
  let i = 0;
  while (line[i] === ' ') i++;
  return i;
}

/** docutils' `line` pattern: one repeated non-alphanumeric 7-bit character (`=====`, `----`, `~~~`). */
export function isAdornment(line: string | undefined): boolean {
  if (line === undefined) return false;
  const text = line.trimEnd();
  if (text === '') return false;
  const ch = text[0] ?? '';
  if (!/^[!-/:-@[-`{-~]$/.test(ch)) return false;
  for (const c of text) if (c !== ch) return false;
  return true;
}

/** Display width as docutils' `column_width` counts it: East Asian wide characters count 2, combining 0. */
export function columnWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x300 && cp <= 0x36f) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/**
 * The lines from `start` up to (not including) the first non-blank line with indentation 0; trailing blank
 * lines are left out. Returns the end index (exclusive, trailing blanks excluded).
 */
export function indentedEnd(lines: readonly string[], start: number): number {
  let end = start;
  let lastText = start;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (!isBlank(line) && indentOf(line) === 0) break;
    end++;
    if (!isBlank(line)) lastText = end;
  }
  return lastText;
}

/** Removes the common indentation of the non-blank lines. */
export function dedent(lines: readonly string[]): string[] {
  let min = Number.POSITIVE_INFINITY;
  for (const line of lines) if (!isBlank(line)) min = Math.min(min, indentOf(line));
  if (!Number.isFinite(min)) return lines.map(() => '');
  return lines.map((line) => (isBlank(line) ? '' : line.slice(min)));
}

/**
 * The body of a list item, field or footnote whose text starts after a marker on its first line:
 * the first line's text, then the following lines dedented by their common indentation (docutils'
 * `get_first_known_indented`).
 */
export function itemBody(lines: readonly string[], start: number, firstText: string, first: number): Body {
  const end = indentedEnd(lines, start + 1);
  return { lines: [firstText, ...dedent(lines.slice(start + 1, end))], first: first + start };
}

/** The index of the first non-blank line at or after `from`, or lines.length. */
export function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && isBlank(lines[i])) i++;
  return i;
}

/**
 * The body of a list item with text after its marker (docutils' `get_known_indented`): the following lines
 * indented at least `indent` columns, each stripped of `indent` columns. Returns the body and the end index.
 */
export function knownIndentBody(
  lines: readonly string[],
  start: number,
  indent: number,
  first: number,
): { body: Body; end: number } {
  let end = start + 1;
  let lastText = end;
  while (end < lines.length) {
    const line = lines[end] ?? '';
    if (!isBlank(line) && indentOf(line) < indent) break;
    end++;
    if (!isBlank(line)) lastText = end;
  }
  const rest = lines.slice(start + 1, lastText).map((l) => (isBlank(l) ? '' : l.slice(indent)));
  return {
    body: { lines: [(lines[start] ?? '').slice(indent), ...rest], first: first + start },
    end: lastText,
  };
}
