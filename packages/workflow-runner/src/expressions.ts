import { data, Evaluator, Lexer, Parser } from '@actions/expressions';

/** The contexts an expression sees, as plain JSON values. */
export type Contexts = Record<string, unknown>;

const CONTEXT_NAMES = [
  'inputs',
  'secrets',
  'needs',
  'steps',
  'jobs',
  'matrix',
  'github',
  'env',
  'runner',
  'vars',
];
const OPEN = '$' + '{{';

function toData(value: unknown): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData;
}

function fromData(value: data.ExpressionData): unknown {
  return JSON.parse(JSON.stringify(value, data.replacer)) as unknown;
}

/**
 * Evaluates one expression (without `${{ }}`). The status functions have no job-status semantics here beyond
 * "everything so far succeeded": `success()` and `always()` are true, `failure()` and `cancelled()` false.
 */
export function evaluate(expression: string, contexts: Contexts): unknown {
  const source = expression
    .replace(/\b(success|always)\(\s*\)/g, 'true')
    .replace(/\b(failure|cancelled)\(\s*\)/g, 'false');
  const tokens = new Lexer(source).lex().tokens;
  const parsed = new Parser(tokens, CONTEXT_NAMES, []).parse();
  const context = new data.Dictionary(
    ...CONTEXT_NAMES.map((key) => ({ key, value: toData(contexts[key] ?? {}) })),
  );
  return fromData(new Evaluator(parsed, context).evaluate());
}

/** GitHub's truthiness: null, false, 0, NaN and '' are false. */
export function truthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === '') return false;
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  return true;
}

/** A value as an action input or environment variable sees it. */
export function asString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Evaluates a YAML value: a string made of one `${{ }}` keeps the expression's type; a string mixing text and
 * expressions becomes a string; other values pass through.
 */
export function evaluateValue(value: unknown, contexts: Contexts): unknown {
  if (typeof value !== 'string' || !value.includes(OPEN)) return value;
  const whole = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/.exec(value);
  if (whole && !whole[1]?.includes('}}')) return evaluate(whole[1] ?? '', contexts);
  return value.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expr: string) => asString(evaluate(expr, contexts)));
}

/** An `if:` condition: with or without `${{ }}`; absent means true. */
export function condition(value: unknown, contexts: Contexts): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'boolean') return value;
  const text = String(value).trim();
  const whole = /^\$\{\{([\s\S]*)\}\}$/.exec(text);
  return truthy(evaluate(whole ? (whole[1] ?? '') : text, contexts));
}

/** An `env:` mapping evaluated on top of `inherited` (each value may use the variables set before it). */
export function evaluateEnv(
  values: unknown,
  contexts: Contexts,
  inherited: Record<string, string> = {},
): Record<string, string> {
  const env = { ...inherited };
  if (typeof values !== 'object' || values === null) return env;
  for (const [name, value] of Object.entries(values))
    env[name] = asString(evaluateValue(value, { ...contexts, env }));
  return env;
}
