/** A finding of a check: a stable code, a severity and a message that names the file, the rule and the fix. */
export type Severity = 'error' | 'warning' | 'notice';

export interface Problem {
  /** Stable, kebab-case, e.g. `wheel-platform-tag`. Documented in the README's rule table. */
  readonly code: string;
  readonly severity: Severity;
  /** Names the file, the rule broken and what to do about it. */
  readonly message: string;
}

/** What a rule is: its code, default severity, the rule in one line, and the fix. */
export interface RuleInfo {
  readonly code: string;
  readonly severity: Severity;
  /** The rule, as PyPI applies it (one sentence). */
  readonly rule: string;
  /** What to do about a violation (one sentence). */
  readonly fix: string;
}

/**
 * Builds a problem for `file` from a rule: "<file>: <detail> (<rule>). Fix: <fix>".
 * `detail` says what exactly is wrong in this file.
 */
export function problemFrom(
  info: RuleInfo,
  file: string,
  detail: string,
  severity: Severity = info.severity,
): Problem {
  return {
    code: info.code,
    severity,
    message: `${file}: ${withoutFinalDots(detail)}. Rule: ${info.rule} Fix: ${info.fix}`,
  };
}

/**
 * `detail` without the dots it ends with. A loop, not `replace(/\.+$/, '')`: the regex retried at every dot of
 * a long run that does not end the text, which is quadratic (300,000 dots in a quoted value took 29 s).
 */
function withoutFinalDots(detail: string): string {
  let end = detail.length;
  while (end > 0 && detail[end - 1] === '.') end--;
  return detail.slice(0, end);
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
