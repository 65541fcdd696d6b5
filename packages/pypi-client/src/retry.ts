import { PublishError, type PublishErrorCode } from './errors';

/** How transient failures (5xx, 429, resets, timeouts) are retried. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** The first backoff ceiling; doubled after each attempt (the wait is jittered between half and all of it). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** No retry starts once this much time has passed since the first attempt. */
  readonly maxTotalMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxTotalMs: 5 * 60_000,
};

/** Time, for tests: `sleep` resolves at once and `now` moves as the test says. */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
  sleep(ms: number): Promise<void>;
  /** In [0, 1): the jitter. */
  random(): number;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};

/** One attempt's verdict: done with a value, or a transient failure worth another attempt. */
export type Attempt<T> =
  | { readonly done: T }
  | { readonly retry: string; readonly retryAfterMs?: number | undefined; readonly cause?: unknown };

/** The delay before attempt `attempt + 1`: between half and all of an exponential ceiling, at least Retry-After. */
export function backoffDelay(
  policy: RetryPolicy,
  attempt: number,
  random: number,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  const jittered = Math.round(ceiling / 2 + (random * ceiling) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value.trim()) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/**
 * Runs `attempt` until it is done, retrying transient failures with backoff, bounded in attempts and total
 * time. `onRetry` hears each retry before its wait. Throws `index-unavailable` when the budget runs out.
 */
export async function withRetry<T>(
  what: string,
  attempt: (number: number) => Promise<Attempt<T>>,
  options: {
    policy: RetryPolicy;
    clock: Clock;
    onRetry?: (message: string) => void;
    /** The error when the budget runs out: `index-unavailable` and advice about the index, unless said here. */
    unavailable?: { readonly code: PublishErrorCode; readonly advice: string };
  },
): Promise<T> {
  const { policy, clock } = options;
  const started = clock.now();
  for (let number = 1; ; number++) {
    const result = await attempt(number);
    if ('done' in result) return result.done;
    const delay = backoffDelay(policy, number, clock.random(), result.retryAfterMs);
    const elapsed = clock.now() - started;
    if (number >= policy.maxAttempts || elapsed + delay > policy.maxTotalMs) {
      const budget =
        number >= policy.maxAttempts
          ? `${number} attempts`
          : `${Math.round(elapsed / 1000)} s (the next wait, ${Math.round(delay / 1000)} s, would exceed ${Math.round(policy.maxTotalMs / 1000)} s)`;
      throw new PublishError(
        options.unavailable?.code ?? 'index-unavailable',
        `${what}: ${result.retry}; gave up after ${budget}. ${
          options.unavailable?.advice ??
          'The index is failing or overloaded: run the job again later (uploads that landed are kept and recognised by their hashes).'
        }`,
        { cause: result.cause },
      );
    }
    options.onRetry?.(
      `${what}: ${result.retry}; attempt ${number + 1} of ${policy.maxAttempts} in ${(delay / 1000).toFixed(1)} s`,
    );
    await clock.sleep(delay);
  }
}
