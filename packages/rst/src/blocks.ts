import { checkExplicit, isComment, isExplicitStart } from './explicit';
import { checkInline } from './inline';
import {
  type Body,
  columnWidth,
  dedent,
  indentedEnd,
  indentOf,
  isAdornment,
  isBlank,
  nextNonBlank,
} from './lines';
import { checkList, isListStart } from './lists';
import type { RstState } from './state';
import { checkGridTable, checkSimpleTable, collectTargetsIn, GRID_TOP, SIMPLE_TOP } from './tables';
import { addTitle } from './titles';

/** The block structure of reStructuredText, walked the way docutils' body state machine reads it. */
export type TopElement = { readonly kind: 'title' | 'transition' | 'other'; readonly line: number };

const MAX_DEPTH = 40;
const OPAQUE_START = /^(?:>>>( |$)|\|( +|$))/;
const OPTION_START = /^(?:--?|\/)[A-Za-z0-9]/;

/** An option list item (`-v, --verbose  Be loud`), loosely: the checker skips these rather than parse them. */
function isOptionLine(line: string, next: string | undefined): boolean {
  if (!OPTION_START.test(line)) return false;
  return line.includes('  ') || !line.trim().includes(' ') || (next !== undefined && indentOf(next) > 0);
}

export class BlockWalker {
  readonly top: TopElement[] = [];
  private depth = 0;

  constructor(private readonly state: RstState) {}

  walk = (body: Body, nested: boolean): void => {
    if (this.depth >= MAX_DEPTH) return;
    this.depth++;
    try {
      this.walkLines(body.lines, body.first, nested);
    } finally {
      this.depth--;
    }
  };

  private element(nested: boolean, kind: TopElement['kind'], line: number): void {
    if (!nested) this.top.push({ kind, line });
  }

  /** An indented block from `i`, parsed as a block quote; reports an unindent without a blank line. */
  private blockQuote(lines: readonly string[], i: number, first: number): number {
    const end = indentedEnd(lines, i);
    this.walk({ lines: dedent(lines.slice(i, end)), first: first + i }, true);
    if (end < lines.length && !isBlank(lines[end])) {
      this.state.report(
        first + end,
        'warning',
        'Block quote ends without a blank line; unexpected unindent.',
      );
    }
    return end;
  }

  /** After a paragraph ending in `::`: the literal block (indented or quoted), or a warning. */
  private literalBlock(lines: readonly string[], j: number, first: number): number {
    const k = nextNonBlank(lines, j);
    const line = lines[k];
    if (line !== undefined && indentOf(line) > 0) {
      const end = indentedEnd(lines, k);
      if (end < lines.length && !isBlank(lines[end])) {
        this.state.report(
          first + end,
          'warning',
          'Literal block ends without a blank line; unexpected unindent.',
        );
      }
      return end;
    }
    if (line !== undefined && /^[!-/:-@[-`{-~]/.test(line)) {
      let end = k;
      while (end < lines.length && !isBlank(lines[end])) end++;
      return end;
    }
    this.state.report(first + Math.min(k, lines.length), 'warning', 'Literal block expected; none found.');
    return j;
  }

  /** A text line at `i`: section title, definition list item or paragraph. */
  private text(lines: readonly string[], i: number, first: number, nested: boolean): number {
    const next = lines[i + 1];
    const line = lines[i] ?? '';
    if (next !== undefined && indentOf(next) === 0 && isAdornment(next)) {
      const tooShort = columnWidth(line.trimEnd()) > next.trimEnd().length;
      if (!(tooShort && next.trimEnd().length < 4)) {
        if (nested) this.state.report(first + i + 1, 'severe', 'Unexpected section title.');
        else {
          if (tooShort) this.state.report(first + i + 1, 'warning', 'Title underline too short.');
          addTitle(this.state, line.trim(), next.trim()[0] ?? '', false, first + i);
          checkInline(this.state, [line.trim()], first + i);
          this.element(nested, 'title', first + i);
        }
        return i + 2;
      }
    }
    this.element(nested, 'other', first + i);
    if (next !== undefined && !isBlank(next) && indentOf(next) > 0)
      return this.definitionList(lines, i, first);
    let j = i + 1;
    while (j < lines.length && !isBlank(lines[j]) && indentOf(lines[j] ?? '') === 0) j++;
    checkInline(this.state, lines.slice(i, j), first + i);
    if (j < lines.length && !isBlank(lines[j])) {
      this.state.report(first + j, 'error', 'Unexpected indentation.');
      return this.blockQuote(lines, j, first);
    }
    const last = (lines[j - 1] ?? '').trimEnd();
    if (/(?:^|[^\\])(?:\\\\)*::$/.test(last)) return this.literalBlock(lines, j, first);
    return j;
  }

  private definitionList(lines: readonly string[], i: number, first: number): number {
    for (;;) {
      checkInline(this.state, [lines[i] ?? ''], first + i);
      const end = indentedEnd(lines, i + 1);
      this.walk({ lines: dedent(lines.slice(i + 1, end)), first: first + i + 1 }, true);
      const after = lines[end];
      if (after === undefined || isBlank(after)) return end;
      const following = lines[end + 1];
      if (following !== undefined && !isBlank(following) && indentOf(following) > 0 && !isListStart(after)) {
        i = end;
        continue;
      }
      this.state.report(
        first + end,
        'warning',
        'Definition list ends without a blank line; unexpected unindent.',
      );
      return end;
    }
  }

  /** A line of punctuation at `i`: transition, over- and underlined title, or text when short. */
  private adornment(lines: readonly string[], i: number, first: number, nested: boolean): number {
    const over = (lines[i] ?? '').trimEnd();
    const short = over.length < 4;
    const title = lines[i + 1];
    if (title === undefined || isBlank(title)) {
      if (short) return this.text(lines, i, first, nested);
      if (nested) this.state.report(first + i, 'severe', 'Unexpected section title or transition.');
      this.element(nested, 'transition', first + i);
      return i + 1;
    }
    if (short) return this.text(lines, i, first, nested);
    if (nested) {
      this.state.report(first + i, 'severe', 'Unexpected section title or transition.');
      return i + 1;
    }
    const under = lines[i + 2];
    if (under === undefined) {
      this.state.report(first + i, 'severe', 'Incomplete section title.');
      return lines.length;
    }
    if (!isAdornment(under)) {
      this.state.report(first + i, 'severe', 'Missing matching underline for section title overline.');
      return i + 3;
    }
    if (under.trimEnd() !== over) {
      this.state.report(first + i, 'severe', 'Title overline & underline mismatch.');
      return i + 3;
    }
    if (columnWidth(title.trim()) > over.length)
      this.state.report(first + i, 'warning', 'Title overline too short.');
    addTitle(this.state, title.trim(), over[0] ?? '', true, first + i);
    checkInline(this.state, [title.trim()], first + i + 1);
    this.element(nested, 'title', first + i);
    return i + 3;
  }

  /** Text the checker does not parse (doctests, line blocks, option lists): up to the next blank line. */
  private opaque(lines: readonly string[], i: number, first: number): number {
    let end = i;
    while (end < lines.length && !isBlank(lines[end])) end++;
    end = Math.max(end, indentedEnd(lines, i + 1));
    collectTargetsIn(this.state, lines.slice(i, end), first + i);
    return end;
  }

  private walkLines(lines: readonly string[], first: number, nested: boolean): void {
    let i = 0;
    while (i < lines.length) {
      const line = lines[i] ?? '';
      if (isBlank(line)) {
        i++;
        continue;
      }
      if (indentOf(line) > 0) {
        this.element(nested, 'other', first + i);
        i = this.blockQuote(lines, i, first);
      } else if (isExplicitStart(line)) {
        if (!isComment(line)) this.element(nested, 'other', first + i);
        i = checkExplicit(this.state, lines, i, first, this.walk);
      } else if (isListStart(line, lines[i + 1])) {
        this.element(nested, 'other', first + i);
        i = checkList(this.state, lines, i, first, this.walk);
      } else if (GRID_TOP.test(line)) {
        this.element(nested, 'other', first + i);
        i = checkGridTable(this.state, lines, i, first);
      } else if (SIMPLE_TOP.test(line)) {
        this.element(nested, 'other', first + i);
        i = checkSimpleTable(this.state, lines, i, first);
      } else if (OPAQUE_START.test(line) || isOptionLine(line, lines[i + 1])) {
        this.element(nested, 'other', first + i);
        i = this.opaque(lines, i, first);
      } else if (isAdornment(line)) {
        i = this.adornment(lines, i, first, nested);
      } else {
        i = this.text(lines, i, first, nested);
      }
    }
  }
}
