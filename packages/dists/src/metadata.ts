import type { CoreMetadata } from './types';

/**
 * Parser for core metadata (METADATA, PKG-INFO): RFC 822 style headers, read the way Python's
 * `email.parser` (compat32 policy) and pkginfo read them, so the values match what twine uploads.
 */
export interface MetadataSyntaxIssue {
  /** 1-based line of the input the issue is about (0 for the whole input). */
  readonly line: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export interface ParsedMetadata {
  readonly metadata: CoreMetadata;
  readonly problems: MetadataSyntaxIssue[];
}

/** More headers than any real metadata file has; past this the rest is ignored, with an issue. */
export const MAX_HEADERS = 10_000;
/** Longest header line kept whole; longer lines are cut, with an issue. */
export const MAX_LINE_LENGTH = 100_000;

/** `email.feedparser`'s header line test: a name of printable ASCII other than `:` and space, then `:`. */
function headerNameEnd(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 0x3a) return i > 0 ? i : -1;
    if (c < 0x21 || c > 0x7e) return -1;
  }
  return -1;
}

function isContinuation(line: string): boolean {
  return line.startsWith(' ') || line.startsWith('\t');
}

function decode(input: string | Uint8Array, issues: MetadataSyntaxIssue[]): string {
  if (typeof input === 'string') return input;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    issues.push({
      line: 0,
      severity: 'error',
      message: 'the metadata is not valid UTF-8 (invalid bytes were replaced with U+FFFD)',
    });
    return new TextDecoder('utf-8').decode(input);
  }
}

/** pkginfo's unfolding: the Description keeps its lines minus the 8-space (or `       |`) indent setuptools adds. */
function unfold(name: string, lines: readonly string[]): string {
  if (name === 'description') {
    const text = lines.join('\n').trim();
    return text
      .split('\n')
      .map((l) => (l.startsWith('        ') || l.startsWith('       |') ? l.slice(8) : l))
      .join('\n');
  }
  return lines
    .map((l) => l.trim())
    .join(' ')
    .trim();
}

export function parseMetadata(input: string | Uint8Array): ParsedMetadata {
  const issues: MetadataSyntaxIssue[] = [];
  let text = decode(input, issues);
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const lines = text.split(/\r\n|\r|\n/);
  const fields = new Map<string, string[]>();
  let current: { name: string; lines: string[] } | undefined;
  let headerCount = 0;
  let bodyStart = lines.length;

  const flush = (): void => {
    if (!current) return;
    const values = fields.get(current.name) ?? [];
    values.push(unfold(current.name, current.lines));
    fields.set(current.name, values);
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (line.length > MAX_LINE_LENGTH) {
      issues.push({
        line: i + 1,
        severity: 'error',
        message: `line longer than ${MAX_LINE_LENGTH} characters`,
      });
      line = line.slice(0, MAX_LINE_LENGTH);
    }
    if (line === '') {
      bodyStart = i + 1;
      break;
    }
    if (isContinuation(line)) {
      if (current) current.lines.push(line);
      else
        issues.push({
          line: i + 1,
          severity: 'warning',
          message: 'a continuation line comes before any header',
        });
      continue;
    }
    const end = headerNameEnd(line);
    if (end < 0) {
      issues.push({
        line: i + 1,
        severity: 'warning',
        message: 'line is not a header and no blank line separates the headers from the body',
      });
      bodyStart = i;
      break;
    }
    flush();
    if (++headerCount > MAX_HEADERS) {
      issues.push({
        line: i + 1,
        severity: 'error',
        message: `more than ${MAX_HEADERS} headers; the rest is ignored`,
      });
      bodyStart = lines.length;
      break;
    }
    current = { name: line.slice(0, end).toLowerCase(), lines: [line.slice(end + 1).replace(/^[ \t]+/, '')] };
  }
  flush();

  const body = lines.slice(bodyStart).join('\n');
  const description = body !== '' ? body : fields.get('description')?.[0];
  return { metadata: { fields, description }, problems: issues };
}

/** The first value of a field (any case: `Requires-Python`), or undefined. */
export function getField(md: CoreMetadata, name: string): string | undefined {
  return md.fields.get(name.toLowerCase())?.[0];
}

/** Every value of a field, in file order. */
export function getFields(md: CoreMetadata, name: string): readonly string[] {
  return md.fields.get(name.toLowerCase()) ?? [];
}
