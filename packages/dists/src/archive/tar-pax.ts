import { decodeUtf8 } from './member-paths';

/**
 * Parses a pax extended header: records `<length> <key>=<value>\n`, where length counts the whole record.
 * Returns the attributes, or a reason when a record's length or shape is wrong.
 */
export function parsePax(body: Buffer): Map<string, string> | string {
  const attrs = new Map<string, string>();
  let at = 0;
  while (at < body.length) {
    if (body[at] === 0) break; // NUL padding after the last record
    const space = body.indexOf(0x20, at);
    const lengthText = space < 0 ? '' : body.subarray(at, space).toString('latin1');
    const length = /^[0-9]{1,8}$/.test(lengthText) ? Number(lengthText) : Number.NaN;
    if (!(length > space - at + 1) || at + length > body.length || body[at + length - 1] !== 0x0a) {
      return 'a pax header record is malformed';
    }
    const record = decodeUtf8(body.subarray(space + 1, at + length - 1)).text;
    const eq = record.indexOf('=');
    if (eq <= 0) return 'a pax header record has no key';
    attrs.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return attrs;
}
