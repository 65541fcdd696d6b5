import { explain } from '@renovatebot/pep440';

/**
 * PEP 440 version specifiers (`>=3.8,<4`, `==1.2.*`, `~=2.1`), validated the way `packaging.specifiers`
 * does: each clause is an operator and a version that operator allows.
 */
const CLAUSE = /^(~=|===|==|!=|<=|>=|<|>)\s*(\S+)$/;
const WILDCARD = /^v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*\.\*$/i;

function isVersion(text: string, allowLocal: boolean): boolean {
  const v = explain(text);
  if (!v) return false;
  return allowLocal || !v.local;
}

/** Why one clause (`>=1.0`) is not a valid specifier, or undefined when it is. */
export function specifierClauseError(clause: string): string | undefined {
  const m = CLAUSE.exec(clause.trim());
  if (!m) return `'${clause.trim()}' is not an operator followed by a version`;
  const op = m[1] ?? '';
  const version = m[2] ?? '';
  switch (op) {
    case '===':
      return undefined;
    case '==':
    case '!=':
      if (WILDCARD.test(version) || isVersion(version, true)) return undefined;
      return `'${version}' is not a PEP 440 version (or a prefix ending in .*)`;
    case '~=': {
      if (!isVersion(version, false)) return `'${version}' is not a PEP 440 version without a local part`;
      const release = explain(version)?.release ?? [];
      return release.length >= 2 ? undefined : `'~=${version}' needs at least two release segments`;
    }
    default:
      return isVersion(version, false)
        ? undefined
        : `'${version}' is not a PEP 440 version without a local part`;
  }
}

/** Why a specifier set is invalid, or undefined when it is valid. The empty set is valid. */
export function specifierSetError(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  for (const clause of text.split(',')) {
    const error = specifierClauseError(clause);
    if (error) return error;
  }
  return undefined;
}
