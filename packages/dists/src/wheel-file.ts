/** The WHEEL file of a wheel: RFC 822-style `Key: value` lines (binary distribution format spec). */
export interface WheelFile {
  /** Values by lower-case key, in file order; `Tag` repeats. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** Why the file breaks the spec; empty when it does not. */
  readonly errors: readonly string[];
}

export function parseWheelFile(text: string): WheelFile {
  const fields = new Map<string, string[]>();
  const errors: string[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*(.*?)\s*$/.exec(line);
    if (!match) {
      errors.push(`line ${index + 1} is not a \`Key: value\` line`);
      return;
    }
    const key = match[1]!.toLowerCase();
    fields.set(key, [...(fields.get(key) ?? []), match[2]!]);
  });

  const version = fields.get('wheel-version');
  if (!version) errors.push('it has no Wheel-Version');
  else if (!/^1\.\d+$/.test(version[0]!) || version.length > 1) {
    // Installers refuse any major version but 1.
    errors.push(`Wheel-Version is ${JSON.stringify(version.join(', '))}, not 1.x`);
  }
  const purelib = fields.get('root-is-purelib');
  if (!purelib) errors.push('it has no Root-Is-Purelib');
  else if (purelib.length > 1 || !/^(true|false)$/i.test(purelib[0]!)) {
    errors.push(`Root-Is-Purelib is ${JSON.stringify(purelib.join(', '))}, not true or false`);
  }
  return { fields, errors };
}
