import { normalizeRefName, type RstState } from './state';

/**
 * Section title hierarchy (docutils `check_subsection`): styles get levels in order of first use; a new style
 * may only open the next deeper level, and a known style may not skip levels.
 */
export function addTitle(
  state: RstState,
  title: string,
  char: string,
  overline: boolean,
  line: number,
): void {
  const style = overline ? `${char}/${char}` : char;
  state.implicitTargets.add(normalizeRefName(title.replace(/\\(.)/g, '$1')));
  const known = state.titleStyles.indexOf(style);
  if (known < 0) {
    if (state.titleStyles.length === state.sectionLevel) {
      state.titleStyles.push(style);
      state.sectionLevel = state.titleStyles.length;
    } else {
      state.report(line, 'severe', 'Title level inconsistent.');
    }
    return;
  }
  const level = known + 1;
  if (level > state.sectionLevel + 1) state.report(line, 'severe', 'Title level inconsistent.');
  else state.sectionLevel = level;
}
