import { specifierSetError } from './specifiers';

/**
 * A small PEP 508 dependency specifier parser (`name[extra]>=1,<2; python_version >= "3.8"`,
 * `name (>=1.0)`, `name @ https://…`), strict where `packaging.requirements` is strict.
 */
export interface Requirement {
  readonly name: string;
  readonly extras: readonly string[];
  /** The version specifier set without parentheses (`>=1,<2`), '' when none. */
  readonly specifier: string;
  /** The direct reference after `@`, when present. */
  readonly url?: string;
  /** The marker text after `;`, when present. */
  readonly marker?: string;
}

export type RequirementResult =
  | { readonly ok: true; readonly requirement: Requirement }
  | { readonly ok: false; readonly error: string };

class ParseError extends Error {}

const MARKER_VARIABLES = new Set([
  'python_version',
  'python_full_version',
  'os_name',
  'sys_platform',
  'platform_release',
  'platform_system',
  'platform_version',
  'platform_machine',
  'platform_python_implementation',
  'implementation_name',
  'implementation_version',
  'extra',
  'extras',
  'dependency_groups',
  // Legacy spellings packaging still accepts.
  'os.name',
  'sys.platform',
  'platform.version',
  'platform.machine',
  'platform.python_implementation',
  'python_implementation',
]);

const NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?/;
const MARKER_OPS = ['===', '==', '!=', '<=', '>=', '~=', '<', '>'];

class Cursor {
  pos = 0;
  constructor(readonly text: string) {}
  ws(): void {
    while (this.text[this.pos] === ' ' || this.text[this.pos] === '\t') this.pos++;
  }
  eat(token: string): boolean {
    if (!this.text.startsWith(token, this.pos)) return false;
    this.pos += token.length;
    return true;
  }
  match(re: RegExp): string | undefined {
    const m = re.exec(this.text.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
  fail(what: string): never {
    throw new ParseError(`expected ${what} at position ${this.pos + 1}`);
  }
  done(): boolean {
    return this.pos >= this.text.length;
  }
}

function parseExtras(c: Cursor): string[] {
  const extras: string[] = [];
  if (!c.eat('[')) return extras;
  c.ws();
  if (c.eat(']')) return extras;
  for (;;) {
    c.ws();
    extras.push(c.match(NAME) ?? c.fail('an extra name'));
    c.ws();
    if (c.eat(']')) return extras;
    if (!c.eat(',')) c.fail("',' or ']' in the extras");
  }
}

function parseSpecifier(c: Cursor): string {
  c.ws();
  const paren = c.eat('(');
  const start = c.pos;
  while (!c.done() && !';)'.includes(c.text[c.pos] ?? '')) c.pos++;
  const spec = c.text.slice(start, c.pos).trim();
  if (paren && !c.eat(')')) c.fail("')' after the version specifier");
  const error = specifierSetError(spec);
  if (error) throw new ParseError(error);
  if (paren && spec === '') c.fail('a version specifier inside the parentheses');
  return spec;
}

function parseMarkerValue(c: Cursor): void {
  c.ws();
  const quote = c.text[c.pos];
  if (quote === '"' || quote === "'") {
    const close = c.text.indexOf(quote, c.pos + 1);
    if (close < 0) c.fail(`a closing ${quote}`);
    c.pos = close + 1;
    return;
  }
  const name = c.match(/^[A-Za-z_.]+/);
  if (!name || !MARKER_VARIABLES.has(name))
    c.fail('a marker variable (python_version, extra, …) or a quoted string');
}

function parseMarkerOp(c: Cursor): void {
  c.ws();
  for (const op of MARKER_OPS) if (c.eat(op)) return;
  if (c.match(/^in(?=[\s'"(])/)) return;
  if (c.match(/^not[ \t]+in(?=[\s'"(])/)) return;
  c.fail('a marker operator (==, <, in, not in, …)');
}

function parseMarkerAtom(c: Cursor, depth: number): void {
  c.ws();
  if (c.eat('(')) {
    if (depth > 50) c.fail('fewer nested parentheses');
    parseMarkerOr(c, depth + 1);
    c.ws();
    if (!c.eat(')')) c.fail("')' in the marker");
    return;
  }
  parseMarkerValue(c);
  parseMarkerOp(c);
  parseMarkerValue(c);
}

function parseMarkerOr(c: Cursor, depth: number): void {
  parseMarkerAtom(c, depth);
  for (;;) {
    c.ws();
    if (!c.match(/^(?:and|or)(?=[\s(])/)) return;
    parseMarkerAtom(c, depth);
  }
}

/** Checks a marker expression (the text after `;`). Returns the error, or undefined when valid. */
export function markerError(marker: string): string | undefined {
  const c = new Cursor(marker);
  try {
    parseMarkerOr(c, 0);
    c.ws();
    if (!c.done()) c.fail("'and', 'or' or the end of the marker");
    return undefined;
  } catch (e) {
    if (e instanceof ParseError) return e.message;
    throw e;
  }
}

function parseRequirement(c: Cursor): Requirement {
  c.ws();
  const name = c.match(NAME) ?? c.fail('a project name');
  c.ws();
  const extras = parseExtras(c);
  c.ws();
  let url: string | undefined;
  let specifier = '';
  if (c.eat('@')) {
    c.ws();
    url = c.match(/^[^\s;]+/) ?? c.fail('a URL after @');
    const before = c.pos;
    c.ws();
    // `name @ url;marker` would make `;` part of the URL: PEP 508 needs whitespace before the `;`.
    if (!c.done() && c.pos === before) c.fail('whitespace after the URL');
  } else {
    specifier = parseSpecifier(c);
  }
  c.ws();
  let marker: string | undefined;
  if (c.eat(';')) {
    marker = c.text.slice(c.pos).trim();
    const error = markerError(marker);
    if (error) throw new ParseError(`invalid marker: ${error}`);
    c.pos = c.text.length;
  }
  if (!c.done()) c.fail("';' or the end of the requirement");
  return {
    name,
    extras,
    specifier,
    ...(url === undefined ? {} : { url }),
    ...(marker === undefined ? {} : { marker }),
  };
}

export function parseRequirement508(text: string): RequirementResult {
  try {
    return { ok: true, requirement: parseRequirement(new Cursor(text)) };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, error: e.message };
    throw e;
  }
}
