import type { FileReport } from '@pypi-release/dists';

/** Lines shown per distribution; a larger archive is cut with a count of what is left out. */
const MAX_LINES = 200;

/**
 * The members of an archive as an indented tree, folders first at each level, e.g.
 * `demo-1.0.dist-info/` then `  METADATA`. Member names come from the archive: shown as text, never as markup.
 */
export function contentsTree(members: readonly string[]): string[] {
  const root: Folder = new Map();
  for (const member of members) {
    let folder = root;
    const parts = member.split('/').filter((p) => p !== '');
    parts.forEach((part, i) => {
      const isLast = i === parts.length - 1 && !member.endsWith('/');
      if (isLast) {
        if (!folder.has(part)) folder.set(part, undefined);
        return;
      }
      let next = folder.get(part);
      if (!next) {
        next = new Map();
        folder.set(part, next);
      }
      folder = next;
    });
  }
  const lines: string[] = [];
  const walk = (folder: Folder, depth: number): void => {
    const entries = [...folder.entries()].sort(
      ([a, x], [b, y]) => Number(!x) - Number(!y) || (a < b ? -1 : 1),
    );
    for (const [name, child] of entries) {
      lines.push(`${'  '.repeat(depth)}${name}${child ? '/' : ''}`);
      if (child) walk(child, depth + 1);
    }
  };
  walk(root, 0);
  return lines;
}

type Folder = Map<string, Folder | undefined>;

/** One collapsible `<details>` block per distribution with its contents tree, for the job summary. */
export function contentsTreesMarkdown(files: readonly Pick<FileReport, 'filename' | 'members'>[]): string {
  return files
    .filter((f) => f.members.length > 0)
    .map((f) => {
      const lines = contentsTree(f.members);
      const shown = lines.slice(0, MAX_LINES);
      if (lines.length > MAX_LINES) shown.push(`… ${lines.length - MAX_LINES} more lines`);
      const body = shown.join('\n').replace(/&/g, '&amp;').replace(/</g, '&lt;');
      return `<details><summary>${escapeHtml(f.filename)} — ${f.members.length} member(s)</summary>\n\n<pre>\n${body}\n</pre>\n</details>`;
    })
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
