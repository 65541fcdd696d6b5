import { generateKeyPairSync, type KeyObject, sign } from 'node:crypto';
import { decodeJwt } from 'jose';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** An ephemeral P-256 key as `@sigstore/sign` makes one, and the request Fulcio expects for it. */
export function signingCertRequest(token: string, options: { proveSubject?: string } = {}) {
  const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const subject = options.proveSubject ?? String(decodeJwt(token).sub);
  return {
    privateKey,
    body: {
      credentials: { oidcIdentityToken: token },
      publicKeyRequest: {
        publicKey: { algorithm: 'ECDSA', content: pem(publicKey) },
        proofOfPossession: sign('sha256', Buffer.from(subject), privateKey).toString('base64'),
      },
    },
  };
}

export function pem(publicKey: KeyObject): string {
  return publicKey.export({ format: 'pem', type: 'spki' }).toString();
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}
