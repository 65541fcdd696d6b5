import type { HttpResponse } from './http';
import { type Attempt, parseRetryAfter } from './retry';

/** Error codes of a request that may succeed when sent again (resets, timeouts, refused while restarting). */
const TRANSIENT_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_ABORTED',
]);

function codeOf(error: unknown): string | undefined {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && TRANSIENT_CODES.has(code)) return code;
    if (e.name === 'AbortError' || e.name === 'TimeoutError') return e.name;
  }
  return undefined;
}

/** A network error as a retry verdict, or undefined when it is not worth retrying (rethrow it). */
export function transientNetworkError(error: unknown): Attempt<never> | undefined {
  const code = codeOf(error);
  if (code === undefined) return undefined;
  const detail = error instanceof Error ? error.message : String(error);
  return { retry: `the connection failed (${code}: ${detail})`, cause: error };
}

/** 5xx and 429 are transient (PYPI.md §2). */
export function isTransientStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/**
 * A 5xx or 429 answer as a retry verdict honouring `Retry-After`, or undefined for any other status.
 * `detail` is appended to the status line in the reason (the index's own message, when it said more).
 */
export function transientResponse(
  response: HttpResponse,
  nowMs: number,
  detail = '',
): Attempt<never> | undefined {
  if (!isTransientStatus(response.status)) return undefined;
  return {
    retry: `${response.status} ${response.statusText}${detail}`,
    retryAfterMs: parseRetryAfter(response.headers['retry-after'], nowMs),
  };
}

/** For a request's `catch`: a transient network error becomes a retry verdict; anything else is rethrown. */
export function retryOrRethrow(error: unknown): Attempt<never> {
  const transient = transientNetworkError(error);
  if (transient) return transient;
  throw error;
}
