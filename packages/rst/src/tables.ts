import { isBlank } from './lines';
import type { RstState } from './state';

/** Grid and simple tables: the border checks docutils makes before it reads cells. */
const GRID_BORDER = /^\+-[-+]*-\+ *$/;
const SIMPLE_BORDER = /^=+[ =]*$/;

export const GRID_TOP = /^\+-[-+]*-\+ *$/;
export const SIMPLE_TOP = /^=+( +=+)+ *$/;

/** Targets defined by embedded URIs inside text the checker does not parse (tables, line blocks…). */
export function collectTargetsIn(state: RstState, lines: readonly string[], first: number): void {
  const text = lines.join('\n');
  if (text.includes('__')) state.anonymousUncertain = true;
  for (const m of text.matchAll(/`([^`<]*)<([^<>`]+)>`_(?!_)/g)) {
    const [, label = '', url = ''] = m;
    if (!url.endsWith('_')) state.targets.set(label.trim().replace(/\s+/g, ' ').toLowerCase() || url, url);
  }
  void first;
}

function malformed(state: RstState, line: number, detail: string): void {
  state.report(line, 'error', `Malformed table. ${detail}`.trim());
}

/** Checks a grid table starting at `start`; returns the index after it. */
export function checkGridTable(
  state: RstState,
  lines: readonly string[],
  start: number,
  first: number,
): number {
  let end = start;
  while (end < lines.length && !isBlank(lines[end])) end++;
  let block = lines.slice(start, end).map((l) => l.trim());
  let blankFinish = true;
  const leftEdge = block.findIndex((l) => !'+|'.includes(l[0] ?? ''));
  if (leftEdge > 0) {
    block = block.slice(0, leftEdge);
    blankFinish = false;
  }
  if (!GRID_BORDER.test(block[block.length - 1] ?? '')) {
    blankFinish = false;
    let cut = -1;
    for (let k = block.length - 2; k > 1; k--) {
      if (GRID_BORDER.test(block[k] ?? '')) {
        cut = k;
        break;
      }
    }
    if (cut < 0) {
      malformed(state, first + start, 'No bottom table border found.');
      collectTargetsIn(state, block, first + start);
      return start + block.length;
    }
    block = block.slice(0, cut + 1);
  }
  const width = block[0]?.length ?? 0;
  const ragged = block.findIndex((l) => l.length !== width || !'+|'.includes(l[l.length - 1] ?? ''));
  if (ragged >= 0) malformed(state, first + start + ragged, 'The right border is ragged.');
  collectTargetsIn(state, block, first + start);
  const after = start + block.length;
  if (!blankFinish && ragged < 0) state.report(first + after, 'warning', 'Blank line required after table.');
  return after;
}

function columnsOf(border: string): Array<[number, number]> {
  const columns: Array<[number, number]> = [];
  for (const m of border.matchAll(/=+/g)) columns.push([m.index, m.index + m[0].length]);
  return columns;
}

/** Checks a simple table starting at `start`; returns the index after it. */
export function checkSimpleTable(
  state: RstState,
  lines: readonly string[],
  start: number,
  first: number,
): number {
  const top = (lines[start] ?? '').trim();
  let found = 0;
  let end = -1;
  for (let k = start + 1; k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (!SIMPLE_BORDER.test(line)) continue;
    if (line.trim().length !== top.length) {
      malformed(state, first + start, 'Bottom/header table border does not match top border.');
      return k + 1;
    }
    found++;
    if (found === 2 || isBlank(lines[k + 1])) {
      end = k;
      break;
    }
  }
  if (end < 0) {
    malformed(state, first + start, 'No bottom table border found.');
    let k = start;
    while (k < lines.length && !isBlank(lines[k])) k++;
    return k;
  }
  const block = lines.slice(start, end + 1);
  collectTargetsIn(state, block, first + start);
  const hasSpans = block.some((l) => /^[- ]+$/.test(l.trimEnd()) && l.includes('-'));
  if (!hasSpans) {
    const columns = columnsOf(top);
    block.forEach((line, k) => {
      if (SIMPLE_BORDER.test(line)) return;
      for (let c = 0; c + 1 < columns.length; c++) {
        const gap = line.slice(columns[c]?.[1], columns[c + 1]?.[0]);
        if (gap.trim() !== '') {
          malformed(state, first + start + k, `Text in column margin in table line ${k + 1}.`);
          return;
        }
      }
    });
  }
  if (!isBlank(lines[end + 1]) && end + 1 < lines.length) {
    state.report(first + end + 1, 'warning', 'Blank line required after table.');
  }
  return end + 1;
}
