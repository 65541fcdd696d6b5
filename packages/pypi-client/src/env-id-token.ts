import * as z from '@pypi-release/zod';
import type { Dispatcher } from 'undici';
import { PublishError } from './errors';
import { httpRequest, jsonBody } from './http';
import {
  type Attempt,
  type Clock,
  DEFAULT_RETRY_POLICY,
  type RetryPolicy,
  systemClock,
  withRetry,
} from './retry';
import { retryOrRethrow, transientResponse } from './transient';
import type { IdTokenProvider } from './trusted-publishing';

/** The runner's two variables; both absent means the job lacks `id-token: write`. */
export interface IdTokenEnvironment {
  readonly ACTIONS_ID_TOKEN_REQUEST_URL?: string | undefined;
  readonly ACTIONS_ID_TOKEN_REQUEST_TOKEN?: string | undefined;
}

export function hasIdTokenEnvironment(env: IdTokenEnvironment): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/** The error for a job that cannot get an ID token. */
export function missingIdTokenPermission(): PublishError {
  return new PublishError(
    'missing-id-token-permission',
    'Trusted Publishing needs a GitHub ID token, but ACTIONS_ID_TOKEN_REQUEST_URL and ' +
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set: give the publish job `permissions: id-token: write` ' +
      '(pull requests from forks never get it), or pass an API token instead.',
  );
}

const answerSchema = z.object({ value: z.string().check(z.minLength(1)) });

export interface IdTokenRetry {
  readonly policy?: RetryPolicy;
  readonly clock?: Clock;
  /** Hears each retry (the action logs it as a warning). */
  readonly onRetry?: (message: string) => void;
}

/**
 * Requests ID tokens the way `@actions/core` does (PYPI.md §6), from the variables given: GET the request URL with
 * `&audience=`, the request token as a bearer. 5xx, 429 and dropped connections are retried with backoff
 * (`@actions/core` retries 502, 503 and 504). The answer's token is the caller's to mask.
 */
export function envIdTokenProvider(
  env: IdTokenEnvironment,
  dispatcher: Dispatcher,
  retry: IdTokenRetry = {},
): IdTokenProvider {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) throw missingIdTokenPermission();
  const clock = retry.clock ?? systemClock;
  return (audience) =>
    withRetry(
      `GET the runner's ID token (audience ${audience})`,
      async (): Promise<Attempt<string>> => {
        try {
          const response = await httpRequest(dispatcher, {
            url: `${url}&audience=${encodeURIComponent(audience)}`,
            method: 'GET',
            headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
          });
          if (response.status === 200) {
            const parsed = answerSchema.safeParse(jsonBody(response.body));
            if (!parsed.success)
              throw new PublishError('id-token-unavailable', "the runner's ID token endpoint sent no token");
            return { done: parsed.data.value };
          }
          const transient = transientResponse(response, clock.now());
          if (transient) return transient;
          throw new PublishError(
            'id-token-unavailable',
            `the runner's ID token endpoint answered ${response.status} ${response.statusText}`,
          );
        } catch (error) {
          return retryOrRethrow(error);
        }
      },
      {
        policy: retry.policy ?? DEFAULT_RETRY_POLICY,
        clock,
        ...(retry.onRetry ? { onRetry: retry.onRetry } : {}),
        unavailable: {
          code: 'id-token-unavailable',
          advice: "GitHub's token service is failing: run the job again later.",
        },
      },
    );
}
