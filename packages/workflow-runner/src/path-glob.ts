import { readdir, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve, sep } from 'node:path';

/** The files an upload-artifact `path` names, and the folder the artifact's paths are relative to. */
export interface FoundFiles {
  /** Absolute paths, sorted, each once. */
  readonly files: string[];
  /** The least common ancestor of the search paths (a single literal file: its folder). */
  readonly root: string;
  /** The include patterns, as written, for messages. */
  readonly patterns: string[];
}

/**
 * Resolves `path` the way actions/upload-artifact does (through @actions/glob): one pattern per line, relative to
 * `base`; `#` starts a comment line and `!` an exclusion; `*` and `?` match within a name, `[...]` a character
 * class, `**` any number of folders; a pattern matching a folder takes every file below it. Files and folders
 * whose name starts with `.` are left out unless `includeHidden`.
 */
export async function findFiles(path: string, base: string, includeHidden = false): Promise<FoundFiles> {
  const lines = path
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const includes = lines.filter((l) => !l.startsWith('!'));
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => segmentsOf(l.slice(1), base));
  const searchPaths: string[] = [];
  const found = new Set<string>();
  for (const pattern of includes) {
    const segments = segmentsOf(pattern, base);
    const literal = segments.findIndex(hasGlob);
    const searchPath = `/${(literal < 0 ? segments : segments.slice(0, literal)).join('/')}`;
    searchPaths.push(searchPath);
    for (const file of await walk(searchPath, includeHidden)) {
      if (!coveredBy(file, segments)) continue;
      if (excludes.some((exclude) => coveredBy(file, exclude))) continue;
      found.add(file);
    }
  }
  const files = [...found].sort();
  const single = files.length === 1 && searchPaths.length === 1 && searchPaths[0] === files[0];
  const root = single ? dirname(files[0] ?? '/') : commonAncestor(searchPaths);
  return { files, root, patterns: includes };
}

/** The pattern as absolute path segments (`.` and `..` resolved; glob characters kept). */
function segmentsOf(pattern: string, base: string): string[] {
  const absolute = isAbsolute(pattern) ? pattern : join(base, pattern);
  return resolve(absolute).split(sep).filter(Boolean);
}

function hasGlob(segment: string): boolean {
  return /[*?[]/.test(segment);
}

/** Every file below `dir` (or `dir` itself when it is a file); hidden names below it are skipped unless asked. */
async function walk(dir: string, includeHidden: boolean): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [dir];
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!includeHidden && entry.name.startsWith('.')) continue;
    const child = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(child, includeHidden)));
    else if (entry.isFile() || entry.isSymbolicLink()) out.push(child);
  }
  return out;
}

/** The file matches the pattern, or one of its folders does (a matched folder takes everything below it). */
function coveredBy(file: string, pattern: string[]): boolean {
  const parts = file.split('/').filter(Boolean);
  for (let n = parts.length; n > 0; n -= 1) if (matchSegments(pattern, parts.slice(0, n))) return true;
  return false;
}

function matchSegments(pattern: readonly string[], parts: readonly string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return parts.length === 0;
  if (head === '**') {
    for (let skip = 0; skip <= parts.length; skip += 1)
      if (matchSegments(rest, parts.slice(skip))) return true;
    return false;
  }
  const [part, ...others] = parts;
  if (part === undefined || !segmentRegExp(head).test(part)) return false;
  return matchSegments(rest, others);
}

function segmentRegExp(segment: string): RegExp {
  let body = '';
  for (let i = 0; i < segment.length; i += 1) {
    const c = segment[i] ?? '';
    if (c === '*') body += '[^/]*';
    else if (c === '?') body += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close < 0) body += '\\[';
      else {
        const inner = segment
          .slice(i + 1, close)
          .replace(/^!/, '^')
          .replace(/\\/g, '\\\\');
        body += `[${inner}]`;
        i = close;
      }
    } else body += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${body}$`);
}

function commonAncestor(paths: readonly string[]): string {
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((s) => s[n] === first[n])) n += 1;
  return `/${first.slice(0, n).join('/')}`;
}
