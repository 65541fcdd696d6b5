import { randomUUID } from 'node:crypto';
import { base64url, CompactSign, type CryptoKey } from 'jose';
import type { GithubClaims, JobClaims } from './claims';
import type { GitlabJobClaims } from './gitlab-claims';
import type { SigningKey } from './key-ring';

/** Ways to craft a token the issuer would never issue, for negative tests. */
export interface SignOptions {
  /** The header's `alg`; `none` produces an unsigned token, `HS*` needs `secret`. Default RS256. */
  alg?: string;
  /** The header's `kid`; `null` leaves it out. Default: the signing key's. */
  kid?: string | null;
  /** HMAC secret for `HS*` algorithms (e.g. the bytes of the issuer's public key). */
  secret?: Uint8Array;
  /** Sign with this key instead of the issuer's (a key that is not in the JWKS). */
  privateKey?: CryptoKey;
  /** Extra header parameters. */
  header?: Record<string, unknown>;
  /** Claims to leave out of the payload. */
  omit?: readonly (keyof GithubClaims | keyof GitlabJobClaims)[];
}

export interface TokenContext {
  issuer: string;
  lifetimeSeconds: number;
  nowSeconds: number;
  key: SigningKey;
}

/** Overrides of a token's claims: GitHub's or GitLab's. */
export type TokenClaims = Partial<GithubClaims> & Partial<GitlabJobClaims> & { aud: string };

/** The identity a token describes: a GitHub Actions job or a GitLab CI job. */
export type AnyJobClaims = JobClaims | GitlabJobClaims;

/** Builds the payload: issuer, id and times, then the job's claims, then the caller's overrides, minus `omit`. */
export function tokenPayload(
  context: TokenContext,
  job: AnyJobClaims | undefined,
  claims: TokenClaims,
  omit: readonly string[] = [],
): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    iss: context.issuer,
    jti: randomUUID(),
    iat: context.nowSeconds,
    nbf: context.nowSeconds,
    exp: context.nowSeconds + context.lifetimeSeconds,
    ...job,
    ...claims,
  };
  for (const name of omit) delete payload[name];
  return payload;
}

/** Signs `payload` as a compact JWS, RS256 with the issuer's key unless `options` say otherwise. */
export async function signToken(
  payload: Record<string, unknown>,
  key: SigningKey,
  options: SignOptions = {},
): Promise<string> {
  const alg = options.alg ?? 'RS256';
  const header: Record<string, unknown> = { typ: 'JWT', alg, ...options.header };
  const kid = options.kid === undefined ? key.kid : options.kid;
  if (kid !== null) header.kid = kid;
  const bytes = new TextEncoder().encode(JSON.stringify(payload));
  if (alg === 'none') {
    return `${base64url.encode(JSON.stringify(header))}.${base64url.encode(bytes)}.`;
  }
  const signingKey = alg.startsWith('HS') ? options.secret : (options.privateKey ?? key.privateKey);
  if (signingKey === undefined) throw new TypeError(`signing with ${alg} needs options.secret`);
  return new CompactSign(bytes).setProtectedHeader({ ...header, alg }).sign(signingKey);
}
