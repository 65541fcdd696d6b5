import { PublishError } from './errors';

/** One repository of a `.pypirc`, as twine resolves it. */
export interface PypircRepository {
  readonly name: string;
  readonly repository: string | undefined;
  readonly username: string | undefined;
  readonly password: string | undefined;
}

/** twine's built-in URLs for the two names it knows. */
export const PYPI_UPLOAD_URL = 'https://upload.pypi.org/legacy/';
export const TESTPYPI_UPLOAD_URL = 'https://test.pypi.org/legacy/';

type Sections = Map<string, Map<string, string>>;

/**
 * Parses INI text the way Python's `configparser.RawConfigParser` reads a `.pypirc`: `[section]` headers,
 * `key = value` or `key: value` (keys in lower case), full-line `#`/`;` comments, indented continuation lines
 * joined with newlines, no interpolation and no inline comments.
 */
export function parseIni(text: string, source: string): Sections {
  const sections: Sections = new Map();
  let current: Map<string, string> | undefined;
  let lastKey: string | undefined;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || /^\s*[#;]/.test(line)) {
      if (line.trim() === '') lastKey = undefined;
      continue;
    }
    if (/^\s/.test(line) && current && lastKey !== undefined) {
      current.set(lastKey, `${current.get(lastKey) ?? ''}\n${line.trim()}`.replace(/^\n/, ''));
      continue;
    }
    const header = /^\[([^\]]+)\]$/.exec(line);
    if (header?.[1]) {
      current = sections.get(header[1]) ?? new Map();
      sections.set(header[1], current);
      lastKey = undefined;
      continue;
    }
    const pair = /^([^=:]+?)\s*[=:]\s*(.*)$/.exec(line);
    if (!pair?.[1] || current === undefined) {
      throw new PublishError(
        'invalid-config',
        `${source}, line ${index + 1}: ${current === undefined ? 'a value before any [section] header' : 'not "key = value"'}. ` +
          'Fix the file (format: https://packaging.python.org/specifications/pypirc/).',
      );
    }
    lastKey = pair[1].toLowerCase();
    current.set(lastKey, pair[2] ?? '');
  }
  return sections;
}

/**
 * The repositories a `.pypirc` defines, resolved as twine does (twine/utils.py `get_config`): the names in
 * `[distutils] index-servers` (default "pypi testpypi"); `pypi` always exists with PyPI's upload URL, `testpypi`
 * gets TestPyPI's when listed; each listed section may set `repository`, `username`, `password`; the obsolete
 * `[server-login]` gives default username and password. `text` undefined: no file (twine's defaults).
 */
export function pypircRepositories(text: string | undefined, source: string): Map<string, PypircRepository> {
  const sections = text === undefined ? new Map<string, Map<string, string>>() : parseIni(text, source);
  const login = sections.get('server-login');
  const defaults = { username: login?.get('username'), password: login?.get('password') };
  const servers = (sections.get('distutils')?.get('index-servers') ?? 'pypi testpypi')
    .split(/\s+/)
    .filter(Boolean);
  const out = new Map<string, PypircRepository>();
  const entry = (name: string, repository: string | undefined): PypircRepository => {
    const section = sections.get(name);
    return {
      name,
      repository: section?.get('repository') ?? repository,
      username: section?.get('username') ?? defaults.username,
      password: section?.get('password') ?? defaults.password,
    };
  };
  out.set(
    'pypi',
    servers.includes('pypi')
      ? entry('pypi', PYPI_UPLOAD_URL)
      : { name: 'pypi', repository: PYPI_UPLOAD_URL, ...defaults },
  );
  for (const name of servers) {
    if (name === 'pypi') continue;
    out.set(name, entry(name, name === 'testpypi' ? TESTPYPI_UPLOAD_URL : undefined));
  }
  return out;
}

/** The repository `name` of a `.pypirc`, or an error naming the file, the section and the fix. */
export function pypircRepository(
  repositories: ReadonlyMap<string, PypircRepository>,
  name: string,
  source: string,
): PypircRepository & { repository: string } {
  const found = repositories.get(name);
  if (found === undefined) {
    throw new PublishError(
      'invalid-config',
      `Missing '${name}' section from ${source}: list it in [distutils] index-servers and add a [${name}] section ` +
        'with `repository = <upload URL>` (https://packaging.python.org/specifications/pypirc/).',
    );
  }
  if (found.repository === undefined || found.repository === '') {
    throw new PublishError(
      'invalid-config',
      `${source}: the [${name}] section has no \`repository\`: add \`repository = <upload URL>\` to it.`,
    );
  }
  return { ...found, repository: found.repository };
}
