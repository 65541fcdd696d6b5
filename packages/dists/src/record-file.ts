/** The RECORD file of a wheel: CSV rows `path,hash,size` (recording installed files spec). */
export interface RecordRow {
  readonly path: string;
  readonly hash: string;
  readonly size: string;
}

export interface RecordFile {
  readonly rows: readonly RecordRow[];
  /** Row defects: field count, hash syntax, weak hashes, sizes. */
  readonly errors: readonly string[];
  /** Why the text is not CSV at all (an unterminated quote), if it is not. */
  readonly syntaxError?: string;
}

/** Hashes the spec forbids: installers refuse md5 and sha1 in RECORD. */
const WEAK = new Set(['md5', 'sha1']);
const MAX_ERRORS = 20;

export function parseRecord(text: string): RecordFile {
  const rows: RecordRow[] = [];
  const errors: string[] = [];
  const { records, error } = parseCsv(text);
  records.forEach((fields, index) => {
    if (errors.length >= MAX_ERRORS) return;
    if (fields.length === 1 && fields[0] === '') return; // blank line
    const where = `row ${index + 1}`;
    if (fields.length !== 3) {
      errors.push(`${where} has ${fields.length} fields, not 3`);
      return;
    }
    const [path, hash, size] = fields as [string, string, string];
    if (path === '') errors.push(`${where} has an empty path`);
    if (hash !== '') {
      const match = /^([A-Za-z0-9_]+)=([A-Za-z0-9_-]+)$/.exec(hash);
      if (!match) errors.push(`${where}: hash ${JSON.stringify(hash)} is not algorithm=urlsafe-base64`);
      else if (WEAK.has(match[1]!.toLowerCase())) errors.push(`${where}: ${match[1]} is too weak a hash`);
    }
    if (size !== '' && !/^\d+$/.test(size))
      errors.push(`${where}: size ${JSON.stringify(size)} is not a number`);
    rows.push({ path, hash, size });
  });
  return error ? { rows, errors, syntaxError: error } : { rows, errors };
}

/**
 * RFC 4180 CSV as Python's csv module writes it: `"` quotes fields, `""` escapes a quote, CRLF or LF ends rows.
 * A `"` opens a quote only at the start of a field; elsewhere it is literal. Fields are taken as slices of the
 * text, not built a character at a time: `field += c` made one string per character, 45 MB of them alive at once
 * for the 1.6 MB RECORD of a 15,000-member wheel.
 */
export function parseCsv(text: string): { records: string[][]; error?: string } {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (quoted) {
      const quote = text.indexOf('"', i);
      if (quote < 0) break; // never closed
      field += text.slice(i, quote);
      if (text.charCodeAt(quote + 1) === QUOTE) {
        field += '"';
        i = quote + 2;
      } else {
        quoted = false;
        i = quote + 1;
      }
      continue;
    }
    const c = text.charCodeAt(i);
    if (c === QUOTE && field === '') {
      quoted = true;
      i++;
    } else if (c === COMMA) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === LF || c === CR) {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    } else {
      // A run of ordinary characters, up to the next comma or line end (a quote inside a field is literal).
      let end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d === COMMA || d === LF || d === CR) break;
        end++;
      }
      field += text.slice(i, end);
      i = end;
    }
  }
  if (quoted) return { records, error: 'a quoted field is not closed' };
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return { records };
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;
