import * as z from '@pypi-release/zod';
import type { Dispatcher } from 'undici';
import { PublishError } from './errors';
import { httpRequest } from './http';
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

/** Requests ID tokens the way `@actions/core` does (PYPI.md §6), from the variables given. */
export function envIdTokenProvider(env: IdTokenEnvironment, dispatcher: Dispatcher): IdTokenProvider {
  const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
  const token = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
  if (!url || !token) throw missingIdTokenPermission();
  return async (audience) => {
    const response = await httpRequest(dispatcher, {
      url: `${url}&audience=${encodeURIComponent(audience)}`,
      method: 'GET',
      headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    });
    if (response.status !== 200) {
      throw new PublishError(
        'id-token-unavailable',
        `the runner's ID token endpoint answered ${response.status} ${response.statusText}`,
      );
    }
    const parsed = answerSchema.safeParse(JSON.parse(response.body));
    if (!parsed.success)
      throw new PublishError('id-token-unavailable', "the runner's ID token endpoint sent no token");
    return parsed.data.value;
  };
}
