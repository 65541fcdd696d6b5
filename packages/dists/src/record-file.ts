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

/** RFC 4180 CSV as Python's csv module writes it: `"` quotes fields, `""` escapes a quote, CRLF or LF ends rows. */
export function parseCsv(text: string): { records: string[][]; error?: string } {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (quoted) return { records, error: 'a quoted field is not closed' };
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push(fields);
  }
  return { records };
}
