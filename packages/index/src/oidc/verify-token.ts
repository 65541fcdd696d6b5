import { decodeProtectedHeader, errors, type JWTPayload, jwtVerify } from 'jose';
import type { KeySource } from './jwks';

/** PyPI's leeway on `exp`, `nbf` and `iat`. */
export const LEEWAY_SECONDS = 30;
const REQUIRED_CLAIMS = ['iss', 'aud', 'exp', 'iat', 'jti'] as const;

export interface VerifyTokenOptions {
  keys: KeySource;
  /** The exact `iss` expected. */
  issuer: string;
  audience: string;
  /** Milliseconds since the epoch. */
  now: number;
}

export type VerifiedToken =
  | { ok: true; claims: JWTPayload & { jti: string } }
  | { ok: false; description: string };

/**
 * Verifies an RS256 JWT the way PyPI does before looking at any publisher: signature against the issuer's
 * keys, exact `iss`, `aud` equal to the index's audience, `exp`/`nbf`/`iat` within 30 s of now.
 * Faults of the key source (issuer unreachable) are thrown, not reported as a bad token.
 */
export async function verifyToken(token: string, options: VerifyTokenOptions): Promise<VerifiedToken> {
  const header = readHeader(token);
  if (typeof header === 'string') return fail(header);
  if (header.alg !== 'RS256') {
    return fail(`the token is signed with ${JSON.stringify(header.alg)}; only RS256 is accepted`);
  }
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, (h, t) => options.keys.getKey(h, t), {
      algorithms: ['RS256'],
      issuer: options.issuer,
      currentDate: new Date(options.now),
      clockTolerance: LEEWAY_SECONDS,
      requiredClaims: [...REQUIRED_CLAIMS],
    }));
  } catch (error) {
    const description = describeJoseError(error, options.issuer);
    if (description === undefined) throw error;
    return fail(description);
  }
  if (typeof payload.aud !== 'string' || payload.aud !== options.audience) {
    return fail(
      `the aud claim is ${JSON.stringify(payload.aud)}, expected ${JSON.stringify(options.audience)}`,
    );
  }
  const nowSeconds = Math.floor(options.now / 1000);
  if (typeof payload.iat === 'number' && payload.iat > nowSeconds + LEEWAY_SECONDS) {
    return fail(`the token was issued in the future (iat ${payload.iat}, now ${nowSeconds})`);
  }
  if (typeof payload.jti !== 'string' || payload.jti === '')
    return fail('the jti claim must be a non-empty string');
  return { ok: true, claims: { ...payload, jti: payload.jti } };
}

function readHeader(token: string): { alg?: string } | string {
  try {
    return decodeProtectedHeader(token);
  } catch {
    return 'the token is not a JWT';
  }
}

function fail(description: string): VerifiedToken {
  return { ok: false, description: `invalid token: ${description}` };
}

function describeJoseError(error: unknown, issuer: string): string | undefined {
  if (error instanceof errors.JWTExpired)
    return 'the token has expired (exp is past, beyond the 30 s leeway)';
  if (error instanceof errors.JWTClaimValidationFailed) return describeClaimFailure(error, issuer);
  if (error instanceof errors.JWKSNoMatchingKey) {
    return `no key of the issuer ${issuer} matches the token's kid`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the signature does not verify';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'only RS256 is accepted';
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid)
    return `malformed token (${error.message})`;
  if (error instanceof errors.JWKSMultipleMatchingKeys)
    return 'the token has no kid and the issuer has several keys';
  return undefined;
}

function describeClaimFailure(
  error: InstanceType<typeof errors.JWTClaimValidationFailed>,
  issuer: string,
): string {
  const value = JSON.stringify(error.payload[error.claim]);
  if (error.reason === 'missing') return `the required ${error.claim} claim is missing`;
  if (error.claim === 'iss') return `the iss claim is ${value}, expected ${JSON.stringify(issuer)}`;
  if (error.claim === 'nbf') return `the token is not valid yet (nbf ${value}, beyond the 30 s leeway)`;
  return `the ${error.claim} claim is invalid (${error.message})`;
}
