import { PublishError } from './errors';
import type { MaskSecret } from './logger';

/** How uploads authenticate: a token bound to the one origin it is for. */
export interface Credentials {
  /** The origin (scheme, host, port) the token may be sent to; nothing else ever receives it. */
  readonly origin: string;
  /** For logs: "an API token", "Trusted Publishing". */
  readonly description: string;
  /** A short-lived token from Trusted Publishing (the only credentials PyPI accepts attestations with). */
  readonly trustedPublishing?: boolean;
  /** The Authorization header for a request to `url`; throws `token-origin-mismatch` for any other origin. */
  authorization(url: string): Promise<string>;
  /**
   * Present when a fresh token can be obtained: the index refused the token of `refused` (an Authorization header
   * this object returned), so the next request gets another. A header that is no longer current is ignored, so
   * uploads refused at once cause one new token, not one each.
   */
  expire?(refused: string): void;
}

/** The username PyPI (and most indexes) expect with an API token. */
export const TOKEN_USERNAME = '__token__';

/** HTTP Basic `__token__:<token>` (PYPI.md §1 step 4), or `<username>:<password>` for another index. */
export function basicAuthorization(token: string, username: string = TOKEN_USERNAME): string {
  return `Basic ${Buffer.from(`${username}:${token}`, 'utf8').toString('base64')}`;
}

/** Refuses to hand a token to a URL outside its origin (a lookalike host, another port, plain http). */
export function assertSameOrigin(origin: string, url: string, what: string): void {
  let target: string;
  try {
    target = new URL(url).origin;
  } catch {
    target = url;
  }
  if (target !== origin) {
    throw new PublishError(
      'token-origin-mismatch',
      `${what} is for ${origin}; refusing to send it to ${target}. Use the repository URL the token was made for.`,
    );
  }
}

/**
 * An API token for `origin` (user `__token__`), or with another `username` the password of an account on a
 * private index. An empty token is a missing secret, reported as such.
 */
export function apiTokenCredentials(
  token: string,
  origin: string,
  maskSecret?: MaskSecret,
  username: string = TOKEN_USERNAME,
): Credentials {
  if (token.trim() === '') {
    throw new PublishError(
      'empty-token',
      'the API token is empty: the secret it comes from is unset or empty in this context (for example a ' +
        'workflow run from a fork, or a secret defined in another environment). Set the secret, or remove the ' +
        'token and use Trusted Publishing.',
    );
  }
  if (username === '' || username.includes(':')) {
    throw new PublishError(
      'invalid-input',
      `the username ${JSON.stringify(username)} is not usable: it must be non-empty and hold no ":" (HTTP Basic).`,
    );
  }
  maskSecret?.(token);
  const header = basicAuthorization(token, username);
  maskSecret?.(header.slice('Basic '.length));
  const what = username === TOKEN_USERNAME ? 'the API token' : `the password of ${username}`;
  return {
    origin,
    description: username === TOKEN_USERNAME ? 'an API token' : `the username ${username} and its password`,
    authorization: async (url) => {
      assertSameOrigin(origin, url, what);
      return header;
    },
  };
}
