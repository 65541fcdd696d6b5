import { BlockWalker, type TopElement } from './blocks';
import { type RstIssue, RstState } from './state';

export type { RstIssue } from './state';

/**
 * A reStructuredText checker for long descriptions: finds what makes docutils (and so PyPI's readme_renderer,
 * which halts at warning level) refuse a document. It prefers precision: a false error blocks a release, so
 * constructs it cannot judge are skipped.
 *
 * Detected: unknown directives and roles, `include`/`raw` (disabled on PyPI), missing directive arguments or
 * content, unknown image/figure options, malformed titles (short underlines, over/underline mismatch, title
 * level inconsistency, titles in nested blocks), ragged grid tables and simple-table margin text, unterminated
 * inline markup, unknown and duplicate targets, undefined substitutions, footnote/anonymous reference counts,
 * bad indentation and lists/blocks/explicit markup ending without a blank line, misplaced transitions,
 * missing literal blocks after `::`, and a document with nothing but a title (it renders empty).
 *
 * Not detected (deliberately): unknown Pygments lexers for `code` (docutils only warns when Pygments misses
 * the language), cell structure of grid tables, CSV and list-table contents, option lists, letter/roman
 * enumerated lists, attribution and field-body subtleties, doctest and line-block contents.
 */
const MAX_LINES = 200_000;

function checkTransitions(state: RstState, top: readonly TopElement[]): void {
  top.forEach((el, k) => {
    if (el.kind !== 'transition') return;
    const prev = top[k - 1];
    if (prev === undefined || prev.kind === 'title') {
      state.report(el.line, 'error', 'Document or section may not begin with a transition.');
    } else if (prev.kind === 'transition') {
      state.report(
        el.line,
        'error',
        'At least one body element must separate transitions; adjacent transitions are not allowed.',
      );
    }
    if (k === top.length - 1) state.report(el.line, 'error', 'Document may not end with a transition.');
  });
}

function checkReferences(state: RstState): void {
  for (const ref of state.refs) {
    if (state.targets.has(ref.name) || state.labels.has(ref.name)) continue;
    const embedded = state.embeddedTargets.has(ref.name);
    if (state.ambiguousEmbedded.has(ref.name) || (embedded && state.implicitTargets.has(ref.name))) {
      state.report(
        ref.line,
        'error',
        `Duplicate target name, cannot be used as a unique reference: "${ref.name}".`,
      );
    } else if (!state.implicitTargets.has(ref.name) && !embedded) {
      state.report(ref.line, 'error', `Unknown target name: "${ref.name}".`);
    }
  }
  for (const ref of state.labelRefs) {
    if (!state.labels.has(ref.name) && !state.targets.has(ref.name)) {
      state.report(ref.line, 'error', `Unknown target name: "${ref.name}".`);
    }
  }
  const scaledUsed = new Set<string>();
  for (const ref of state.substitutionRefs) {
    if (!state.substitutions.has(ref.name)) {
      state.report(ref.line, 'error', `Undefined substitution referenced: "${ref.name}".`);
    }
    const scaled = state.scaledSubstitutions.get(ref.name);
    if (scaled && !scaledUsed.has(ref.name)) {
      scaledUsed.add(ref.name);
      state.report(scaled.line, 'warning', scaled.message);
    }
  }
  if (state.autoFootnoteRefs > state.autoFootnotes) {
    state.report(
      1,
      'error',
      `Too many autonumbered footnote references: only ${state.autoFootnotes} corresponding footnotes available.`,
    );
  }
  if (state.symbolFootnoteRefs > state.symbolFootnotes) {
    state.report(
      1,
      'error',
      `Too many symbol footnote references: only ${state.symbolFootnotes} corresponding footnotes available.`,
    );
  }
  if (state.anonymousRefs !== state.anonymousTargets && !state.anonymousUncertain) {
    state.report(
      1,
      'error',
      `Anonymous hyperlink mismatch: ${state.anonymousRefs} references but ${state.anonymousTargets} targets.`,
    );
  }
}

/** Python's `str.expandtabs(8)`, as docutils applies it to every line. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let out = '';
  for (const ch of line) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

/** Problems docutils would report at warning level or above, in line order. */
export function checkRst(text: string): RstIssue[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(expandTabs);
  const state = new RstState();
  if (lines.length > MAX_LINES) return [];
  const walker = new BlockWalker(state);
  walker.walk({ lines, first: 1 }, false);
  checkTransitions(state, walker.top);
  checkReferences(state);
  const top = walker.top;
  if (top.length > 0 && top.length === 1 && top[0]?.kind === 'title') {
    state.report(1, 'error', 'No content rendered: the document holds nothing but its title.');
  }
  return [...state.issues].sort((a, b) => a.line - b.line);
}
