import { PublishError } from './errors';
import type { MaskSecret } from './logger';

/** How uploads authenticate: a token bound to the one origin it is for. */
export interface Credentials {
  /** The origin (scheme, host, port) the token may be sent to; nothing else ever receives it. */
  readonly origin: string;
  /** For logs: "an API token", "Trusted Publishing". */
  readonly description: string;
  /** The Authorization header for a request to `url`; throws `token-origin-mismatch` for any other origin. */
  authorization(url: string): Promise<string>;
  /**
   * Present when a fresh token can be obtained: the index refused the token of `refused` (an Authorization header
   * this object returned), so the next request gets another. A header that is no longer current is ignored, so
   * uploads refused at once cause one new token, not one each.
   */
  expire?(refused: string): void;
}

/** HTTP Basic `__token__:<token>` (PYPI.md §1 step 4). */
export function basicAuthorization(token: string): string {
  return `Basic ${Buffer.from(`__token__:${token}`, 'utf8').toString('base64')}`;
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

/** An API token for `origin`. An empty token is a missing secret, reported as such. */
export function apiTokenCredentials(token: string, origin: string, maskSecret?: MaskSecret): Credentials {
  if (token.trim() === '') {
    throw new PublishError(
      'empty-token',
      'the API token is empty: the secret it comes from is unset or empty in this context (for example a ' +
        'workflow run from a fork, or a secret defined in another environment). Set the secret, or remove the ' +
        'token and use Trusted Publishing.',
    );
  }
  maskSecret?.(token);
  const header = basicAuthorization(token);
  maskSecret?.(header.slice('Basic '.length));
  return {
    origin,
    description: 'an API token',
    authorization: async (url) => {
      assertSameOrigin(origin, url, 'the API token');
      return header;
    },
  };
}
