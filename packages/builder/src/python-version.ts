/**
 * Whether an interpreter's version (`3.11.2`) satisfies a `Requires-Python` specifier set (`>=3.10`,
 * `>=2.7,!=3.0.*`). Release numbers only (an interpreter has no pre-release or local part worth comparing);
 * `~=` and `===` are supported as PEP 440 defines them for release numbers.
 */
export function satisfiesPython(version: string, specifiers: string): boolean {
  const have = release(version);
  return specifiers
    .split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .every((clause) => satisfiesClause(have, clause));
}

function satisfiesClause(have: readonly number[], clause: string): boolean {
  const match = /^(~=|===|==|!=|<=|>=|<|>)\s*(.+)$/.exec(clause);
  if (!match) throw new Error(`"${clause}" is not a version specifier`);
  const [, op, raw = ''] = match;
  if (op === '===') return have.join('.') === raw;
  if ((op === '==' || op === '!=') && raw.endsWith('.*')) {
    const prefix = release(raw.slice(0, -2));
    const same = prefix.every((n, i) => (have[i] ?? 0) === n);
    return op === '==' ? same : !same;
  }
  const want = release(raw);
  const cmp = compare(have, want);
  switch (op) {
    case '==':
      return cmp === 0;
    case '!=':
      return cmp !== 0;
    case '<=':
      return cmp <= 0;
    case '>=':
      return cmp >= 0;
    case '<':
      return cmp < 0;
    case '>':
      return cmp > 0;
    default: {
      // ~=X.Y.Z: >= X.Y.Z and == X.Y.*
      const prefix = want.slice(0, -1);
      return cmp >= 0 && prefix.every((n, i) => (have[i] ?? 0) === n);
    }
  }
}

function release(text: string): number[] {
  const match = /^\s*(\d+(?:\.\d+)*)/.exec(text);
  if (!match?.[1]) throw new Error(`"${text}" is not a version`);
  return match[1].split('.').map(Number);
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
