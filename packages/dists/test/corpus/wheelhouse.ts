import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A wheel pip can see: its filename, where it lies, and its size. */
export interface VisibleWheel {
  readonly filename: string;
  readonly path: string;
  readonly size: number;
}

/** pip's configured sources: `file://` simple indexes (PEP 503) and find-links folders. */
export interface PipSources {
  readonly indexes: readonly string[];
  readonly findLinks: readonly string[];
}

/** Reads `pip config list` (every scope) for the local sources; remote ones (pypi.org) are left out. */
export function pipSources(pip = 'pip'): PipSources {
  const out = execFileSync(pip, ['config', 'list'], { encoding: 'utf8', env: pipEnv() });
  const indexes = new Set<string>();
  const findLinks = new Set<string>();
  for (const line of out.split('\n')) {
    const match = /^[^=]*\.(index-url|extra-index-url|find-links)='(.*)'$/.exec(line.trim());
    if (!match) continue;
    for (const value of (match[2] ?? '').split(/\s+/).filter(Boolean)) {
      const path = localPath(value);
      if (path === undefined || !existsSync(path)) continue;
      (match[1] === 'find-links' ? findLinks : indexes).add(path);
    }
  }
  return { indexes: [...indexes].sort(), findLinks: [...findLinks].sort() };
}

function localPath(value: string): string | undefined {
  if (value.startsWith('file://')) return fileURLToPath(value);
  if (value.startsWith('/')) return value;
  return undefined;
}

/** pip without retries against the unreachable pypi.org. */
export function pipEnv(): NodeJS.ProcessEnv {
  return { ...process.env, PIP_RETRIES: '0', PIP_DISABLE_PIP_VERSION_CHECK: '1' };
}

const HREF = /<a\s[^>]*href="([^"#]+)(?:#[^"]*)?"/gi;

/** The wheels a PEP 503 simple index on disk links to (`<root>/<project>/index.html`). */
function indexWheels(root: string): string[] {
  const paths: string[] = [];
  for (const project of readdirSync(root)) {
    const page = join(root, project, 'index.html');
    if (!existsSync(page)) continue;
    for (const match of readFileSync(page, 'utf8').matchAll(HREF)) {
      const href = decodeURIComponent(match[1] ?? '');
      if (!href.endsWith('.whl')) continue;
      const path = href.startsWith('file://') ? fileURLToPath(href) : join(root, project, href);
      if (existsSync(path)) paths.push(path);
    }
  }
  return paths;
}

/**
 * Every wheel pip can see through its configuration, once per filename (the first source wins, in the order
 * indexes then find-links), sorted by filename.
 */
export function visibleWheels(sources: PipSources = pipSources()): VisibleWheel[] {
  const byName = new Map<string, VisibleWheel>();
  const paths = [
    ...sources.indexes.flatMap(indexWheels),
    ...sources.findLinks.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.whl'))
        .map((f) => join(dir, f)),
    ),
  ];
  for (const path of paths) {
    const filename = basename(path);
    if (!byName.has(filename)) byName.set(filename, { filename, path, size: statSync(path).size });
  }
  return [...byName.values()].sort((a, b) =>
    a.filename < b.filename ? -1 : a.filename > b.filename ? 1 : 0,
  );
}
