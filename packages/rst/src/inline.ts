import { isKnownRole } from './names';
import { normalizeRefName, type RstState } from './state';

/**
 * Inline markup of one text block (paragraph, title, term), following docutils' recognition rules: a
 * start-string follows whitespace, the start or an opening delimiter and precedes non-whitespace; an
 * end-string follows non-whitespace and precedes whitespace, the end or a closing delimiter.
 * Backslash escapes disable markup characters.
 */
const START_PREFIX = new Set([
  ...'-/:\'"<([{',
  ...'\u2018\u201c\u00ab\u2039\u201a\u201e\u2010\u2011\u2012\u2013\u2014',
]);
const END_SUFFIX = new Set([
  ...'-/:.,;!?\\\'")]}>',
  ...'\u2019\u201d\u00bb\u203a\u2010\u2011\u2012\u2013\u2014',
]);
const PAIRS: Record<string, string> = { "'": "'", '"': '"', '(': ')', '[': ']', '{': '}', '<': '>' };
export const SIMPLE_NAME = /^[\p{L}\p{N}]+(?:[-._+:][\p{L}\p{N}]+)*/u;
/**
 * SIMPLE_NAME for ASCII text: the same matches (the only ASCII characters in \p{L} and \p{N} are these), without
 * compiling the Unicode property classes (~10M instructions, a few milliseconds of a CLI check of a wheel with an
 * rST description).
 */
export const SIMPLE_ASCII_NAME = /^[A-Za-z0-9]+(?:[-._+:][A-Za-z0-9]+)*/;
const ROLE = /^:([A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*):/;
const FOOTNOTE_REF =
  /^\[([0-9]+|#(?:[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)?|\*|[A-Za-z0-9](?:[-_.:+]?[A-Za-z0-9])*)\]_/;

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isWs = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

function startOk(text: string, at: number, length: number): boolean {
  const prev = text[at - 1];
  const next = text[at + length];
  if (next === undefined || isWs(next)) return false;
  if (prev !== undefined && !isWs(prev) && !START_PREFIX.has(prev)) return false;
  // `"*"`, `(*)`: a start-string between matching quotes or brackets is not markup.
  return !(prev !== undefined && PAIRS[prev] === next);
}

function endOk(text: string, at: number, end: string, literal: boolean): boolean {
  if (!text.startsWith(end, at)) return false;
  const prev = text[at - 1];
  if (prev === undefined || isWs(prev) || (!literal && prev === '\x00')) return false;
  const next = text[at + end.length];
  return next === undefined || isWs(next) || END_SUFFIX.has(next) || next === '\x00';
}

/** Where `end` closes markup opened before `from`, or -1. */
function findEnd(text: string, from: number, end: string, literal = false): number {
  for (let j = text.indexOf(end, from); j >= 0; j = text.indexOf(end, j + 1)) {
    if (endOk(text, j, end, literal)) return j;
  }
  return -1;
}

/** The closing bar of a substitution reference: it may carry `_` or `__`. */
function findSubstitutionEnd(text: string, from: number): number {
  for (let j = text.indexOf('|', from); j >= 0; j = text.indexOf('|', j + 1)) {
    const prev = text[j - 1];
    if (prev === undefined || isWs(prev) || prev === '\x00') continue;
    const next = text[j + 1 + referenceSuffix(text, j + 1).length];
    if (next === undefined || isWs(next) || END_SUFFIX.has(next) || next === '\x00') return j;
  }
  return -1;
}

/** The closing backtick of interpreted text or a phrase reference: it may carry `_`, `__` or `:role:`. */
function findInterpretedEnd(text: string, from: number): number {
  for (let j = text.indexOf('`', from); j >= 0; j = text.indexOf('`', j + 1)) {
    const prev = text[j - 1];
    if (prev === undefined || isWs(prev) || prev === '\x00') continue;
    let after = j + 1 + referenceSuffix(text, j + 1).length;
    const role = after === j + 1 ? ROLE.exec(text.slice(after, after + 100)) : null;
    if (role) after += role[0].length;
    const next = text[after];
    if (next === undefined || isWs(next) || END_SUFFIX.has(next) || next === '\x00') return j;
  }
  return -1;
}

/** The end of a reference suffix (`_`, `__`) right after `at`, recording the reference. */
function referenceSuffix(text: string, at: number): '' | '_' | '__' {
  if (text.startsWith('__', at)) return '__';
  if (text[at] === '_') return '_';
  return '';
}

/**
 * `label <target>` of a phrase reference, as `/^([\s\S]*?)\s*<([^<>]+)>$/` reads it, without the regex: it
 * retried `\s*` at every space of a long run inside the label, which is quadratic (90,000 spaces took 3.6 s).
 */
function embeddedTarget(content: string): { label: string; target: string } | undefined {
  if (!content.endsWith('>')) return undefined;
  const open = content.lastIndexOf('<');
  const target = content.slice(open + 1, -1);
  if (open < 0 || target === '' || target.includes('>')) return undefined;
  return { label: content.slice(0, open).trimEnd(), target };
}

export class InlineScanner {
  private readonly lineStarts: number[] = [0];
  /**
   * The last answer of each kind of end-string search. An answer only depends on where the search starts, so a
   * later search from inside the range the last one covered has the same answer: without this, every opener
   * that never closes rescanned the rest of the block (quadratic: a 96 KB paragraph of `*a ` took 15 s).
   */
  private readonly lastEnd = new Map<string, { readonly from: number; readonly at: number }>();
  /** Whether the text is all ASCII (decided on first need). */
  private ascii: boolean | undefined;

  constructor(
    private readonly state: RstState,
    private readonly text: string,
    private readonly firstLine: number,
  ) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  private endFrom(kind: string, from: number, search: (from: number) => number): number {
    const last = this.lastEnd.get(kind);
    if (last && from >= last.from && (last.at < 0 || from <= last.at)) return last.at;
    const at = search(from);
    this.lastEnd.set(kind, { from, at });
    return at;
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.firstLine + lo;
  }

  private unterminated(at: number, kind: string): void {
    this.state.report(this.lineAt(at), 'warning', `Inline ${kind} start-string without end-string.`);
  }

  /** Interpreted text or a phrase reference from the backtick at `at`; returns where scanning resumes. */
  private interpreted(at: number, role: string | undefined): number {
    const text = this.text;
    const close = this.endFrom('interpreted', at + 1, (from) => findInterpretedEnd(text, from));
    if (close < 0) {
      this.unterminated(at, 'interpreted text or phrase reference');
      return at + 1;
    }
    const content = text.slice(at + 1, close);
    let after = close + 1;
    const suffix = referenceSuffix(text, after);
    after += suffix.length;
    const suffixRole = suffix === '' ? ROLE.exec(text.slice(after)) : null;
    if (suffixRole) after += suffixRole[0].length;
    const roleName = role ?? suffixRole?.[1];
    if (roleName !== undefined && suffix === '') {
      if (!isKnownRole(roleName) && !this.state.customRoles.has(roleName.toLowerCase())) {
        this.state.report(this.lineAt(at), 'error', `Unknown interpreted text role "${roleName}".`);
      }
    } else if (suffix !== '') this.reference(content, suffix, at);
    return after;
  }

  private reference(content: string, suffix: '_' | '__', at: number): void {
    const embedded = embeddedTarget(content);
    const line = this.lineAt(at);
    if (embedded) {
      const { label, target } = embedded;
      if (target.endsWith('_') && !/\s/.test(target)) {
        this.state.refs.push({ name: normalizeRefName(target.slice(0, -1)), line });
      } else if (suffix === '_') {
        this.state.addEmbeddedTarget(label === '' ? target : label, target.replace(/\s/g, ''));
      }
      return;
    }
    if (suffix === '__') this.state.anonymousRefs++;
    else this.state.refs.push({ name: normalizeRefName(content), line });
  }

  /** Tries the markup that can start at `i`; returns the next scanning position. */
  private markupAt(i: number): number {
    const text = this.text;
    const ch = text[i];
    if (text.startsWith('``', i) && startOk(text, i, 2)) {
      const close = this.endFrom('``', i + 3, (from) => findEnd(text, from, '``', true));
      if (close < 0) this.unterminated(i, 'literal');
      return close < 0 ? i + 2 : close + 2;
    }
    if (text.startsWith('**', i) && startOk(text, i, 2)) {
      const close = this.endFrom('**', i + 3, (from) => findEnd(text, from, '**'));
      if (close < 0) this.unterminated(i, 'strong');
      return close < 0 ? i + 2 : close + 2;
    }
    if (ch === '*' && startOk(text, i, 1)) {
      const close = this.endFrom('*', i + 2, (from) => findEnd(text, from, '*'));
      if (close < 0) this.unterminated(i, 'emphasis');
      return close < 0 ? i + 1 : close + 1;
    }
    if (text.startsWith('_`', i) && startOk(text, i, 2)) {
      const close = this.endFrom('`', i + 3, (from) => findEnd(text, from, '`'));
      if (close < 0) this.unterminated(i, 'target');
      else this.state.addTarget(text.slice(i + 2, close), '', this.lineAt(i));
      return close < 0 ? i + 2 : close + 1;
    }
    if (ch === '`' && startOk(text, i, 1)) return this.interpreted(i, undefined);
    if (ch === '|' && startOk(text, i, 1)) {
      const close = this.endFrom('|', i + 2, (from) => findSubstitutionEnd(text, from));
      if (close < 0) {
        this.unterminated(i, 'substitution_reference');
        return i + 1;
      }
      const name = normalizeRefName(text.slice(i + 1, close));
      const line = this.lineAt(i);
      this.state.substitutionRefs.push({ name, line });
      // `|name|_` is also a hyperlink reference to the target `name`, `|name|__` an anonymous one.
      const suffix = referenceSuffix(text, close + 1);
      if (suffix === '__') this.state.anonymousRefs++;
      else if (suffix === '_') this.state.refs.push({ name, line });
      return close + 1 + suffix.length;
    }
    const rest = text.slice(i, i + 200);
    const role = ch === ':' && startOk(text, i, 1) ? ROLE.exec(rest) : null;
    if (role && text[i + role[0].length] === '`') return this.interpreted(i + role[0].length, role[1]);
    const footnote = ch === '[' && startOk(text, i, 1) ? FOOTNOTE_REF.exec(rest) : null;
    if (footnote && endOk(text, i + footnote[0].length - 1, '_', false)) {
      this.footnoteRef(footnote[1] ?? '', i);
      return i + footnote[0].length;
    }
    return this.standaloneRef(i);
  }

  private footnoteRef(label: string, at: number): void {
    if (label === '#') this.state.autoFootnoteRefs++;
    else if (label === '*') this.state.symbolFootnoteRefs++;
    else this.state.labelRefs.push({ name: normalizeRefName(label), line: this.lineAt(at) });
  }

  /** `name_` / `name__` at a word start. */
  private standaloneRef(i: number): number {
    const text = this.text;
    const prev = text[i - 1];
    if (prev !== undefined && !isWs(prev) && !START_PREFIX.has(prev)) return i + 1;
    this.ascii ??= isAscii(text);
    const name = (this.ascii ? SIMPLE_ASCII_NAME : SIMPLE_NAME).exec(text.slice(i, i + 500));
    if (!name) return i + 1;
    const end = i + name[0].length;
    const suffix = referenceSuffix(text, end);
    if (suffix !== '' && endOk(text, end + suffix.length - 1, '_', false)) {
      if (suffix === '__') this.state.anonymousRefs++;
      else this.state.refs.push({ name: normalizeRefName(name[0]), line: this.lineAt(i) });
      return end + suffix.length;
    }
    return end;
  }

  scan(): void {
    let i = 0;
    while (i < this.text.length) i = this.markupAt(i);
  }
}

/** Replaces each backslash escape with NUL + the character, as docutils does before inline parsing. */
export function escapeBackslashes(text: string): string {
  return text.replace(/\\([\s\S])/g, (_, ch: string) => (/\s/.test(ch) ? '\x00' : `\x00${ch}`));
}

/** Longest text block checked for inline markup; longer blocks are skipped (the checker stays linear-ish). */
const MAX_BLOCK = 100_000;

export function checkInline(state: RstState, lines: readonly string[], firstLine: number): void {
  if (lines.reduce((n, l) => n + l.length + 1, 0) > MAX_BLOCK) return;
  new InlineScanner(state, escapeBackslashes(lines.join('\n')), firstLine).scan();
}
