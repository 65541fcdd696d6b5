import * as z from '@pypi-release/zod';
import {
  type CryptoKey,
  createLocalJWKSet,
  errors,
  type FlattenedJWSInput,
  type JWSHeaderParameters,
  type LocalJWKSet,
} from 'jose';
import { KeySourceError } from './errors';

/** The verification keys of one OIDC issuer, found through its discovery document. */
export interface KeySource {
  readonly issuer: string;
  /** The key for this token header; throws jose's JWKSNoMatchingKey when the issuer has none, KeySourceError on faults. */
  getKey(header: JWSHeaderParameters, token: FlattenedJWSInput): Promise<CryptoKey>;
}

export interface KeySourceOptions {
  fetch?: typeof fetch;
  /** Milliseconds since the epoch. */
  clock?: () => number;
  /** How long fetched keys are used before they are fetched again. Default 600. */
  cacheSeconds?: number;
  /** The least time between two fetches prompted by an unknown `kid`. Default 30. */
  cooldownSeconds?: number;
  /** Where `/.well-known/openid-configuration` is fetched (default: the issuer URL); it must name `issuer`. */
  discoveryBase?: string | undefined;
}

const discoverySchema = z.object({ issuer: z.string(), jwks_uri: z.url() });
const jwksSchema = z.object({ keys: z.array(z.looseObject({ kty: z.string() })) });

interface Fetched {
  keys: LocalJWKSet;
  at: number;
}

/**
 * Reads `<issuer>/.well-known/openid-configuration`, checks that it names the same issuer, then fetches its
 * `jwks_uri`. Keys are cached for `cacheSeconds`; an unknown `kid` prompts one fresh fetch, at most once per
 * `cooldownSeconds`, before the key is declared unknown.
 */
export function createKeySource(issuer: string, options: KeySourceOptions = {}): KeySource {
  const fetchImpl = options.fetch ?? fetch;
  const clock = options.clock ?? Date.now;
  const cacheMs = (options.cacheSeconds ?? 600) * 1000;
  const cooldownMs = (options.cooldownSeconds ?? 30) * 1000;
  let fetched: Fetched | undefined;
  let inFlight: Promise<Fetched> | undefined;

  const refresh = (): Promise<Fetched> => {
    inFlight ??= fetchKeys(issuer, options.discoveryBase ?? issuer, fetchImpl)
      .then((keys) => {
        fetched = { keys, at: clock() };
        return fetched;
      })
      .finally(() => {
        inFlight = undefined;
      });
    return inFlight;
  };

  return {
    issuer,
    getKey: async (header, token) => {
      const current = fetched !== undefined && clock() - fetched.at < cacheMs ? fetched : await refresh();
      try {
        return await current.keys(header, token);
      } catch (error) {
        if (!(error instanceof errors.JWKSNoMatchingKey) || clock() - current.at < cooldownMs) throw error;
        return (await refresh()).keys(header, token);
      }
    },
  };
}

async function fetchKeys(issuer: string, base: string, fetchImpl: typeof fetch): Promise<LocalJWKSet> {
  const discoveryUrl = `${base.replace(/\/+$/, '')}/.well-known/openid-configuration`;
  const discovery = discoverySchema.safeParse(await getJson(discoveryUrl, fetchImpl));
  if (!discovery.success) {
    throw new KeySourceError(
      'issuer-invalid-response',
      `${discoveryUrl} is not an OpenID discovery document`,
      {
        cause: discovery.error,
      },
    );
  }
  if (discovery.data.issuer !== issuer) {
    throw new KeySourceError(
      'issuer-mismatch',
      `${discoveryUrl} names the issuer ${JSON.stringify(discovery.data.issuer)}, not the configured ${JSON.stringify(issuer)}`,
    );
  }
  const jwks = jwksSchema.safeParse(await getJson(discovery.data.jwks_uri, fetchImpl));
  if (!jwks.success) {
    throw new KeySourceError(
      'issuer-invalid-response',
      `${discovery.data.jwks_uri} is not a JSON Web Key Set`,
      {
        cause: jwks.error,
      },
    );
  }
  return createLocalJWKSet(jwks.data);
}

async function getJson(url: string, fetchImpl: typeof fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers: { accept: 'application/json' },
      signal: AbortSignal.timeout(10_000),
    });
  } catch (cause) {
    throw new KeySourceError('issuer-unreachable', `could not fetch ${url}`, { cause });
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new KeySourceError('issuer-unreachable', `${url} answered HTTP ${response.status}`);
  }
  try {
    return await response.json();
  } catch (cause) {
    throw new KeySourceError('issuer-invalid-response', `${url} did not answer JSON`, { cause });
  }
}
