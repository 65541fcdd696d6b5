import { posix } from 'node:path';
import { showName } from './archive/member-paths';
import type { TarEntry } from './archive/tar-reader';
import type { ProblemSink } from './problem-sink';
import { sameRelease } from './release-dir';

/**
 * Checks that everything sits in one top-level directory, named like the file, and that links stay inside
 * it. Returns the top-level directory (the most used one when there are several), or undefined when empty.
 */
export function checkTopLevel(
  entries: readonly TarEntry[],
  expected: { name: string; version: string } | undefined,
  problems: ProblemSink,
): string | undefined {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const name = stripDot(entry.name);
    const [top = '', ...rest] = name.split('/');
    if (top === '' || top === '..') continue; // absolute or escaping: reported as path traversal
    counts.set(top, (counts.get(top) ?? 0) + 1);
    if (rest.filter(Boolean).length === 0 && entry.type !== '5') {
      problems.add('sdist-top-level', `member ${showName(entry.name)} lies beside the top-level directory`);
    }
  }
  const tops = [...counts.keys()];
  if (tops.length === 0) {
    problems.add('sdist-top-level', 'the archive has no top-level directory');
    return undefined;
  }
  const topDir = tops.reduce((a, b) => (counts.get(b)! > counts.get(a)! ? b : a));
  if (tops.length > 1) {
    const listed = tops.slice(0, 5).map(showName).join(', ');
    problems.add('sdist-top-level', `the archive has ${tops.length} top-level entries (${listed})`);
  }
  if (expected && !sameRelease(topDir, expected, 'last-dash')) {
    problems.add(
      'sdist-top-level-name',
      `the top-level directory is ${showName(topDir)}, expected ${showName(`${expected.name}-${expected.version}`)}`,
    );
  }
  for (const entry of entries) checkLink(entry, topDir, problems);
  return topDir;
}

/** Symlink targets are relative to the link's directory, hard-link targets to the archive root. */
function checkLink(entry: TarEntry, topDir: string, problems: ProblemSink): void {
  if (entry.type !== '1' && entry.type !== '2') return;
  const kind = entry.type === '1' ? 'hard link' : 'symbolic link';
  const shown = `${kind} ${showName(entry.name)} → ${showName(entry.linkName)}`;
  if (entry.linkName.startsWith('/') || /^[A-Za-z]:/.test(entry.linkName)) {
    problems.add('sdist-link', `${shown} has an absolute target`);
    return;
  }
  const base = entry.type === '2' ? posix.dirname(stripDot(entry.name)) : '.';
  const target = posix.normalize(posix.join(base, entry.linkName));
  if (target === topDir || target.startsWith(`${topDir}/`)) {
    problems.add('sdist-link', `${shown} stays inside the sdist but is not portable`, 'warning');
  } else {
    problems.add('sdist-link', `${shown} points outside the top-level directory`);
  }
}

/** Members written as `./pkg-1.0/…` extract like `pkg-1.0/…`. */
export function stripDot(name: string): string {
  return name.replace(/^(\.\/)+/, '');
}
