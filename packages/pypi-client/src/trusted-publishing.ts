import * as z from '@pypi-release/zod';
import type { Dispatcher } from 'undici';
import { assertSameOrigin, basicAuthorization, type Credentials } from './credentials';
import type { IndexEndpoints } from './endpoints';
import { PublishError } from './errors';
import { httpRequest, jsonBody, jsonMessage } from './http';
import { decodeClaims, workflowContext } from './id-token';
import type { Logger, MaskSecret } from './logger';
import { type Attempt, type Clock, type RetryPolicy, withRetry } from './retry';
import { explainRefusal, pullRequestWarning, reusableWorkflowWarning } from './tp-diagnostics';
import { retryOrRethrow, transientResponse } from './transient';

/** Gets a GitHub ID token for an audience: the action passes `core.getIDToken`, the CLI `envIdTokenProvider`. */
export type IdTokenProvider = (audience: string) => Promise<string>;

export interface TrustedPublishingOptions {
  readonly endpoints: Pick<IndexEndpoints, 'origin' | 'audienceUrl' | 'mintTokenUrl'>;
  readonly getIdToken: IdTokenProvider;
  readonly dispatcher: Dispatcher;
  readonly clock: Clock;
  readonly policy: RetryPolicy;
  readonly logger: Logger;
  readonly maskSecret?: MaskSecret;
  /** Re-mint when less than this remains of the upload token (default 5 minutes, PYPI.md §1). */
  readonly refreshMarginMs?: number;
}

/** Trusted Publishing credentials; `mints` counts the exchanges so far. */
export interface TrustedPublishingCredentials extends Credentials {
  readonly mints: number;
}

const audienceSchema = z.object({ audience: z.string().check(z.minLength(1)) });
const mintedSchema = z.object({ token: z.string().check(z.minLength(1)), expires: z.optional(z.number()) });
const refusalSchema = z.object({
  errors: z
    .array(z.object({ code: z.string(), description: z._default(z.string(), '') }))
    .check(z.minLength(1)),
});

const MINTED_SECONDS = 900;

/**
 * Discovers the audience, exchanges a fresh GitHub ID token for an upload token, and re-mints (with another
 * fresh ID token) whenever less than `refreshMarginMs` of it remains. The first exchange happens here, so a
 * misconfigured publisher fails before any upload.
 */
export async function trustedPublishingCredentials(
  options: TrustedPublishingOptions,
): Promise<TrustedPublishingCredentials> {
  const { endpoints, logger } = options;
  const margin = options.refreshMarginMs ?? 5 * 60_000;
  const audience = await discoverAudience(options);
  logger.debug(`Trusted Publishing audience: ${audience}`);
  let mints = 0;
  const mintCounted = async (first: boolean) => {
    const minted = await mint(options, audience, first);
    mints++;
    return minted;
  };
  let current = await mintCounted(true);
  let pending: Promise<{ header: string; expiresAtMs: number }> | undefined;
  return {
    origin: endpoints.origin,
    description: 'Trusted Publishing',
    trustedPublishing: true,
    get mints() {
      return mints;
    },
    expire(refused) {
      if (refused === current.header) current = { ...current, expiresAtMs: 0 };
    },
    async authorization(url) {
      assertSameOrigin(endpoints.origin, url, 'the Trusted Publishing upload token');
      if (current.expiresAtMs - options.clock.now() < margin) {
        if (pending === undefined) {
          pending = mintCounted(false).finally(() => {
            pending = undefined;
          });
          logger.info('The upload token has less than 5 minutes left: minting a fresh one.');
        }
        current = await pending;
      }
      return current.header;
    },
  };
}

async function discoverAudience(options: TrustedPublishingOptions): Promise<string> {
  const url = options.endpoints.audienceUrl;
  return withRetry(
    `GET ${url}`,
    async (): Promise<Attempt<string>> => {
      try {
        const response = await httpRequest(options.dispatcher, {
          url,
          method: 'GET',
          headers: { accept: 'application/json' },
        });
        if (response.status === 200) {
          const parsed = audienceSchema.safeParse(jsonBody(response.body));
          if (parsed.success) return { done: parsed.data.audience };
          throw new PublishError('index-invalid-response', `${url} answered 200 without {"audience": "…"}`);
        }
        if (response.status === 403) {
          throw new PublishError(
            'trusted-publishing-disabled',
            `${url} answered 403 (${jsonMessage(response.body) ?? response.statusText}): Trusted Publishing is ` +
              'switched off on this index. Use an API token (input `password`, or PYPI_TOKEN for the CLI).',
          );
        }
        if (response.status === 404) {
          throw new PublishError(
            'trusted-publishing-unsupported',
            `${url} answered 404: this index does not support Trusted Publishing. Use an API token (input ` +
              '`password`, or PYPI_TOKEN for the CLI), or check the repository URL.',
          );
        }
        const retry = transientResponse(response, options.clock.now());
        if (retry) return retry;
        throw new PublishError(
          'index-invalid-response',
          `${url} answered ${response.status} ${response.statusText}`,
        );
      } catch (error) {
        return retryOrRethrow(error);
      }
    },
    { ...options, onRetry: (m) => options.logger.warning(m) },
  );
}

async function mint(
  options: TrustedPublishingOptions,
  audience: string,
  first: boolean,
): Promise<{ header: string; expiresAtMs: number }> {
  const url = options.endpoints.mintTokenUrl;
  return withRetry(
    `POST ${url}`,
    async (): Promise<Attempt<{ header: string; expiresAtMs: number }>> => {
      const jwt = await idToken(options, audience); // a fresh one per attempt: a lost answer may have used its jti
      const claims = decodeClaims(jwt);
      if (first && claims) {
        const warnings = [reusableWorkflowWarning(workflowContext(claims)), pullRequestWarning(claims)];
        for (const warning of warnings) if (warning) options.logger.warning(warning);
      }
      try {
        const response = await httpRequest(options.dispatcher, {
          url,
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          body: JSON.stringify({ token: jwt }),
        });
        if (response.status === 200) {
          const parsed = mintedSchema.safeParse(jsonBody(response.body));
          if (!parsed.success)
            throw new PublishError('index-invalid-response', `${url} answered 200 without a token`);
          options.maskSecret?.(parsed.data.token);
          const header = basicAuthorization(parsed.data.token);
          options.maskSecret?.(header.slice('Basic '.length));
          const expiresAtMs =
            (parsed.data.expires ?? Math.floor(options.clock.now() / 1000) + MINTED_SECONDS) * 1000;
          return { done: { header, expiresAtMs } };
        }
        if (response.status === 422) {
          const parsed = refusalSchema.safeParse(jsonBody(response.body));
          const errors = parsed.success
            ? parsed.data.errors
            : [{ code: 'unknown', description: jsonMessage(response.body) ?? response.statusText }];
          throw new PublishError('token-exchange-refused', explainRefusal(errors, claims));
        }
        const retry = transientResponse(response, options.clock.now());
        if (retry) return retry;
        throw new PublishError(
          'index-invalid-response',
          `${url} answered ${response.status} ${jsonMessage(response.body) ?? response.statusText}`,
        );
      } catch (error) {
        return retryOrRethrow(error);
      }
    },
    { ...options, onRetry: (m) => options.logger.warning(m) },
  );
}

async function idToken(options: TrustedPublishingOptions, audience: string): Promise<string> {
  let jwt: string;
  try {
    jwt = await options.getIdToken(audience);
  } catch (cause) {
    if (cause instanceof PublishError) throw cause;
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new PublishError(
      'id-token-unavailable',
      `could not get an ID token for audience ${audience}: ${detail}`,
      {
        cause,
      },
    );
  }
  options.maskSecret?.(jwt);
  return jwt;
}
