import { createRemoteJWKSet, decodeJwt, type JWTPayload, jwtVerify } from 'jose';
import { SigstoreLocalError } from './errors';
import { type GithubWorkflowClaims, githubWorkflowClaims } from './github-extensions';

/** An OIDC issuer Fulcio trusts: the `iss` its tokens carry and where its signing keys are published. */
export interface TrustedIssuer {
  issuer: string;
  jwksUrl: string;
}

/** Fulcio's client id: the audience every identity token must carry. */
export const SIGSTORE_AUDIENCE = 'sigstore';

/** Real Fulcio's answer to any token it cannot authenticate (grpc Unauthenticated → HTTP 401). */
export const INVALID_IDENTITY_TOKEN = 'There was an error processing the identity token';

export type TokenVerifier = (token: string) => Promise<GithubWorkflowClaims>;

/**
 * Verifies an identity token as Fulcio does: a configured issuer, a signature by one of its published keys,
 * audience `sigstore`, not expired, then the GitHub principal's required claims.
 */
export function createTokenVerifier(issuers: readonly TrustedIssuer[], clock: () => number): TokenVerifier {
  const keySets = new Map(issuers.map((entry) => [entry.issuer, createRemoteJWKSet(new URL(entry.jwksUrl))]));
  return async (token) => {
    const unverified = decodeOrRefuse(token);
    const keys = typeof unverified.iss === 'string' ? keySets.get(unverified.iss) : undefined;
    if (keys === undefined) {
      throw refused(`issuer ${JSON.stringify(unverified.iss)} is not configured in this Fulcio`);
    }
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: unverified.iss as string,
        audience: SIGSTORE_AUDIENCE,
        algorithms: ['RS256', 'ES256', 'ES384', 'PS256'],
        currentDate: new Date(clock()),
      }));
    } catch (error) {
      throw refused(error instanceof Error ? error.message : String(error), error);
    }
    const claims = githubWorkflowClaims.safeParse(payload);
    if (!claims.success) {
      const missing = claims.error.issues.map((issue) => issue.path.join('.')).join(', ');
      throw refused(`token lacks claims a GitHub workflow identity needs: ${missing}`);
    }
    return claims.data;
  };
}

function decodeOrRefuse(token: string): JWTPayload {
  try {
    return decodeJwt(token);
  } catch (error) {
    throw refused('not a JWT', error);
  }
}

function refused(detail: string, cause?: unknown): SigstoreLocalError {
  return new SigstoreLocalError('INVALID_IDENTITY_TOKEN', `${INVALID_IDENTITY_TOKEN}: ${detail}`, 401, {
    cause,
  });
}
