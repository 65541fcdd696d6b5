import type { OutputLine } from './process-runner';

/** Progress and advice lines of pip, build and uv: never the reason a build failed. */
const NOISE = [
  /^\s*$/,
  /^\* (Creating|Installing|Getting|Building)\b/, // python -m build progress
  /^\[notice\]/i, // pip's upgrade notice
  /^TIP pass --env-dir\b/, // build's advice after a failed backend (1.6)
  /^WARNING: You are using pip version/,
  /^You should consider upgrading via/,
  /^(Building|Built) (source distribution|wheel)\b/, // uv progress
  /^During handling of the above exception/,
  /^The above exception was the direct cause/,
  /^\s*\^+\s*$/, // traceback carets
];

const ANSI_COLOR = /\x1b\[[0-9;]*m/g;

/**
 * The last `count` lines that say why a build failed: blank lines and frontend noise are skipped, and each
 * Python traceback is reduced to its last line (the exception and its message).
 */
export function meaningfulLines(lines: readonly OutputLine[], count = 5): string[] {
  const kept: string[] = [];
  let inTraceback = false;
  for (const { text } of lines) {
    const line = text.replace(ANSI_COLOR, '').trimEnd();
    if (line.startsWith('Traceback (most recent call last):')) {
      inTraceback = true;
      continue;
    }
    if (inTraceback) {
      if (/^\s/.test(line) || line === '') continue;
      inTraceback = false;
    }
    if (NOISE.some((re) => re.test(line))) continue;
    kept.push(line);
  }
  return kept.slice(-count);
}
