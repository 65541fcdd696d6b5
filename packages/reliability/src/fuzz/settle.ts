import { clip } from './show';
import type { ErrorClass } from './target';

/** How one call ended: it returned, it threw (or rejected), or it did not settle within the bound. */
export type Verdict = { kind: 'returned' } | { kind: 'threw'; error: unknown } | { kind: 'timeout' };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}

/**
 * Calls `call`; a promise it returns is awaited for at most `boundMs` (then abandoned, its outcome swallowed
 * so it cannot become an unhandled rejection). A synchronous call cannot be interrupted: it is timed instead.
 */
export async function settle(call: () => unknown, boundMs: number): Promise<Verdict> {
  let result: unknown;
  try {
    result = call();
  } catch (error) {
    return { kind: 'threw', error };
  }
  if (!isThenable(result)) return { kind: 'returned' };
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<Verdict>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), boundMs);
  });
  const done = Promise.resolve(result).then(
    (): Verdict => ({ kind: 'returned' }),
    (error: unknown): Verdict => ({ kind: 'threw', error }),
  );
  try {
    return await Promise.race([done, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** `TypeError: message (at file:line)`: the error and where it was thrown, for a failure line. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `a non-Error value was thrown: ${clip(String(error), 200)}`;
  const frame = error.stack
    ?.split('\n')
    .find((line) => line.trim().startsWith('at '))
    ?.trim();
  return `${error.name}: ${clip(error.message, 300)}${frame ? ` (${clip(frame, 200)})` : ''}`;
}

/** Why a call's outcome breaks the property, or undefined when it is a clean answer or a typed refusal. */
export function judge(
  verdict: Verdict,
  ms: number,
  boundMs: number,
  typedErrors: readonly ErrorClass[],
  stray: readonly unknown[],
): string | undefined {
  if (verdict.kind === 'timeout') return `hang: no answer within ${boundMs} ms`;
  if (verdict.kind === 'threw' && !typedErrors.some((type) => verdict.error instanceof type)) {
    return `crash: ${describeError(verdict.error)}`;
  }
  if (stray.length > 0) return `unhandled rejection or uncaught exception: ${describeError(stray[0])}`;
  if (ms > boundMs) return `hang: took ${Math.round(ms)} ms, over the ${boundMs} ms bound`;
  return undefined;
}
