/**
 * RFC 5322 address lists as Author-email / Maintainer-email hold them (`Jane <jane@x.org>, bob@y.org`),
 * split the way Python's `email.utils.getaddresses` splits them; each address is then checked the way
 * PyPI's `email_validator` call does (a local part, `@`, a domain with a dot). Lenient where unsure.
 */

/** Splits on commas outside quotes, angle brackets and comments. */
function splitAddresses(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  let angle = 0;
  let comment = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted) {
      if (ch === '\\') {
        current += ch + (text[i + 1] ?? '');
        i++;
        continue;
      }
      if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '(') comment++;
    else if (ch === ')' && comment > 0) comment--;
    else if (ch === '<') angle++;
    else if (ch === '>' && angle > 0) angle--;
    else if (ch === ',' && angle === 0 && comment === 0) {
      parts.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

const ATOM = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~\u0080-\uFFFF-]+$/;
const LABEL = /^[A-Za-z0-9\u0080-\uFFFF](?:[A-Za-z0-9\u0080-\uFFFF-]*[A-Za-z0-9\u0080-\uFFFF])?$/;

function addrSpecError(addr: string): string | undefined {
  const at = addr.lastIndexOf('@');
  if (at < 0) return `'${addr}' has no @-sign`;
  const local = addr.slice(0, at);
  const domain = addr.slice(at + 1);
  const localOk =
    /^"(?:[^"\\]|\\.)*"$/.test(local) || (local !== '' && local.split('.').every((a) => ATOM.test(a)));
  if (!localOk) return `the part before the @-sign in '${addr}' is not valid`;
  const labels = domain.split('.');
  if (labels.length < 2) return `the domain of '${addr}' has no period`;
  if (!labels.every((l) => LABEL.test(l))) return `the domain of '${addr}' is not valid`;
  if (/^[0-9]+$/.test(labels[labels.length - 1] ?? '')) return `the domain of '${addr}' ends in a number`;
  return undefined;
}

/** Removes `(comments)` outside quotes, as the address parser ignores them. */
function dropComments(text: string): string {
  let out = '';
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out.trim();
}

/** Why `text` is not a valid address list, or undefined when every address in it is valid. */
export function emailListError(text: string): string | undefined {
  for (const part of splitAddresses(text)) {
    const open = part.lastIndexOf('<');
    let addr: string;
    if (open >= 0) {
      const close = part.indexOf('>', open);
      if (close < 0) return `'${part}' has a '<' without a closing '>'`;
      addr = part.slice(open + 1, close).trim();
    } else {
      addr = dropComments(part);
    }
    const error = addrSpecError(addr);
    if (error) return error;
  }
  return undefined;
}

/** Whether `text` is an absolute http(s) URL, as PyPI's `is_valid_uri` check wants for every URL field. */
export function isHttpUrl(text: string): boolean {
  if (!/^https?:/i.test(text) || /\s/.test(text)) return false;
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
