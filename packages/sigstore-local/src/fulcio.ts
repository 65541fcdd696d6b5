import { createPublicKey, verify } from 'node:crypto';
import * as z from '@pypi-release/zod';
import type { CA } from '@sigstore/mock/dist/fulcio/index.js';
import { SigstoreLocalError } from './errors';
import { githubExtensions, subjectAlternativeName } from './github-extensions';
import type { TokenVerifier } from './token-verifier';

export const SIGNING_CERT_PATH = '/api/v2/signingCert';

/** Real Fulcio's answer when the proof of possession does not verify (grpc InvalidArgument → HTTP 400). */
export const INVALID_SIGNATURE = 'The signature supplied in the request could not be verified';

const signingCertRequest = z.object({
  credentials: z.object({ oidcIdentityToken: z.string().check(z.minLength(1)) }),
  publicKeyRequest: z.object({
    publicKey: z.object({ algorithm: z.optional(z.string()), content: z.string().check(z.minLength(1)) }),
    proofOfPossession: z.string().check(z.minLength(1)),
  }),
});

export interface FulcioResponse {
  signedCertificateEmbeddedSct: { chain: { certificates: string[] } };
}

/**
 * Fulcio's `POST /api/v2/signingCert` (public-key request form, which `@sigstore/sign` uses): authenticate the
 * token, check the proof of possession (a signature over the token's `sub` by the submitted key), then issue a
 * short-lived certificate carrying the identity's extensions and an embedded SCT.
 */
export async function createSigningCertificate(
  body: unknown,
  verifyToken: TokenVerifier,
  ca: CA,
): Promise<FulcioResponse> {
  const request = signingCertRequest.safeParse(body);
  if (!request.success) {
    throw new SigstoreLocalError(
      'MALFORMED_REQUEST',
      `malformed signing certificate request: ${request.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      400,
    );
  }
  const { credentials, publicKeyRequest } = request.data;
  const claims = await verifyToken(credentials.oidcIdentityToken);
  const publicKeyPem = publicKeyRequest.publicKey.content;
  if (!proofVerifies(publicKeyPem, claims.sub, publicKeyRequest.proofOfPossession)) {
    throw new SigstoreLocalError('INVALID_PROOF_OF_POSSESSION', INVALID_SIGNATURE, 400);
  }
  const der = createPublicKey(publicKeyPem).export({ format: 'der', type: 'spki' });
  const leaf = await ca.issueCertificate({
    publicKey: new Uint8Array(der),
    subjectAltName: subjectAlternativeName(claims),
    extensions: githubExtensions(claims),
  });
  return {
    signedCertificateEmbeddedSct: { chain: { certificates: [toPem(leaf), toPem(ca.rootCertificate)] } },
  };
}

function proofVerifies(publicKeyPem: string, subject: string, proofBase64: string): boolean {
  try {
    return verify(
      'sha256',
      Buffer.from(subject),
      createPublicKey(publicKeyPem),
      Buffer.from(proofBase64, 'base64'),
    );
  } catch {
    return false;
  }
}

export function toPem(der: ArrayBufferView): string {
  const base64 = Buffer.from(der.buffer, der.byteOffset, der.byteLength).toString('base64');
  const lines = base64.match(/.{1,64}/g) ?? [];
  return ['-----BEGIN CERTIFICATE-----', ...lines, '-----END CERTIFICATE-----', ''].join('\n');
}
