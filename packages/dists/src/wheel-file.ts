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
    // The key by regex, the value by trimming: `(.*?)\s*$` backtracked through every run of whitespace inside
    // a value, which is quadratic (a value with 99,000 inner spaces took 5 s).
    const match = /^([A-Za-z0-9][A-Za-z0-9-]*):[ \t]*/.exec(line);
    const value = match ? line.slice(match[0].length).trimEnd() : '';
    if (!match || /[\n\r\u2028\u2029]/.test(value)) {
      errors.push(`line ${index + 1} is not a \`Key: value\` line`);
      return;
    }
    const key = match[1]!.toLowerCase();
    // Appended in place: copying the list for each repeated key was quadratic (40,000 `Tag` lines took 7 s).
    const values = fields.get(key);
    if (values) values.push(value);
    else fields.set(key, [value]);
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
