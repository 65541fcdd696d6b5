import spdx from './data/spdx.json';

/**
 * SPDX license expression syntax (SPDX spec annex D), as PEP 639's License-Expression uses it: license ids
 * (`MIT`, `GPL-2.0+`), `LicenseRef-…`, `A WITH exception`, `AND`, `OR` and parentheses. Syntax only: whether
 * an id is on the SPDX list is `unknownSpdxIds`'s question. Operators are matched case-insensitively, as `packaging` does.
 */
const ID = /^(?:DocumentRef-[A-Za-z0-9.-]+:)?[A-Za-z0-9.-]+\+?$/;
const OPERATORS = new Set(['and', 'or', 'with']);

function tokenize(text: string): string[] {
  return text
    .replace(/[()]/g, ' $& ')
    .split(/[ \t]+/)
    .filter((t) => t !== '');
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly string[]) {}

  private peek(): string | undefined {
    return this.tokens[this.at];
  }

  private isOp(op: string): boolean {
    return this.peek()?.toLowerCase() === op;
  }

  private simple(): void {
    const token = this.tokens[this.at++];
    if (token === undefined) throw new Error('the expression ends where a license id was expected');
    if (OPERATORS.has(token.toLowerCase()) || !ID.test(token))
      throw new Error(`'${token}' is not a license id`);
    if (this.isOp('with')) {
      this.at++;
      const exception = this.tokens[this.at++];
      if (
        exception === undefined ||
        OPERATORS.has(exception.toLowerCase()) ||
        !/^[A-Za-z0-9.:-]+$/.test(exception)
      ) {
        throw new Error(`WITH must be followed by an exception id, not '${exception ?? 'the end'}'`);
      }
    }
  }

  private and(depth: number): void {
    this.simpleAt(depth);
    while (this.isOp('and')) {
      this.at++;
      this.simpleAt(depth);
    }
  }

  private simpleAt(depth: number): void {
    if (depth > 100) throw new Error('too many nested parentheses');
    if (this.peek() === '(') {
      this.at++;
      this.or(depth + 1);
      if (this.tokens[this.at++] !== ')') throw new Error("a '(' is not closed");
      return;
    }
    this.simple();
  }

  or(depth: number): void {
    this.and(depth);
    while (this.isOp('or')) {
      this.at++;
      this.and(depth);
    }
  }

  parse(): void {
    this.or(0);
    const rest = this.peek();
    if (rest !== undefined) throw new Error(`unexpected '${rest}'`);
  }
}

/** Why `text` is not a valid SPDX license expression, or undefined when its syntax is valid. */
export function spdxExpressionError(text: string): string | undefined {
  const tokens = tokenize(text);
  if (tokens.length === 0) return 'the expression is empty';
  try {
    new Parser(tokens).parse();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * The identifiers of a syntactically valid expression that are not on the SPDX list, checked as PyPI checks
 * them (`packaging.licenses.canonicalize_license_expression`, which Warehouse's metadata validation runs):
 * license ids and exception ids case-insensitively against the list bundled in `data/spdx.json` (packaging's
 * copy), a trailing `+` allowed on license ids, `LicenseRef-<letters, digits, . and ->` always accepted, and
 * `DocumentRef-…` refused (packaging does not know it).
 */
export function unknownSpdxIds(text: string): string[] {
  const unknown: string[] = [];
  let afterWith = false;
  for (const token of tokenize(text)) {
    const lower = token.toLowerCase();
    if (token === '(' || token === ')' || lower === 'and' || lower === 'or') {
      afterWith = false;
      continue;
    }
    if (lower === 'with') {
      afterWith = true;
      continue;
    }
    if (afterWith) {
      if (!spdxIds().exceptions.has(lower)) unknown.push(token);
      afterWith = false;
      continue;
    }
    if (lower.startsWith('licenseref-')) {
      if (!/^[A-Za-z0-9.-]+$/.test(token.slice('licenseref-'.length))) unknown.push(token);
      continue;
    }
    const id = lower.endsWith('+') ? lower.slice(0, -1) : lower;
    if (!spdxIds().licenses.has(id)) unknown.push(token);
  }
  return unknown;
}

/** The lower-cased SPDX ids, built on first use: most files have no License-Expression. */
let lowerCaseIds:
  | { readonly licenses: ReadonlySet<string>; readonly exceptions: ReadonlySet<string> }
  | undefined;

function spdxIds(): NonNullable<typeof lowerCaseIds> {
  lowerCaseIds ??= {
    licenses: new Set(spdx.licenses.map((id) => id.toLowerCase())),
    exceptions: new Set(spdx.exceptions.map((id) => id.toLowerCase())),
  };
  return lowerCaseIds;
}
