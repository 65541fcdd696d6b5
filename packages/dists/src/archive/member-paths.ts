/** Checks on archive member names shared by the zip and tar readers. */

/**
 * Why `name` could write outside the extraction directory, or undefined when it cannot.
 * `backslash`: treat `\` as a separator (zip members are extracted with it as one on Windows).
 */
export function unsafePathReason(name: string, options: { backslash: boolean }): string | undefined {
  if (name.startsWith('/')) return 'is an absolute path';
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter';
  if (options.backslash && name.includes('\\')) return 'contains a backslash';
  const separators = options.backslash ? /[/\\]/ : /\//;
  if (name.split(separators).includes('..')) return 'contains a `..` segment';
  return undefined;
}

/** The first control character (C0, DEL or C1) in `name`, as `U+XXXX`, or undefined. */
export function controlCharacter(name: string): string | undefined {
  const match = /[\u0000-\u001f\u007f-\u009f]/.exec(name);
  if (!match) return undefined;
  return `U+${match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Shows a member name in a message: JSON quoting makes control characters and odd spaces visible. */
export function showName(name: string): string {
  return JSON.stringify(name);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes as UTF-8; `valid` is false when they were not, and `text` then holds replacement characters. */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictUtf8.decode(bytes), valid: true };
  } catch {
    return { text: Buffer.from(bytes).toString('utf8'), valid: false };
  }
}
