import { createHash, verify, X509Certificate } from 'node:crypto';
import * as z from '@pypi-release/zod';
import { SigstoreLocalError } from './errors';

export const LOG_ENTRIES_PATH = '/api/v1/log/entries';

const dsseProposedEntry = z.object({
  apiVersion: z.literal('0.0.1'),
  kind: z.literal('dsse'),
  spec: z.object({
    proposedContent: z.object({
      envelope: z.string().check(z.minLength(1)),
      verifiers: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    }),
  }),
});

const envelopeJson = z.object({
  payloadType: z.string(),
  payload: z.string(),
  signatures: z
    .array(z.object({ sig: z.string().check(z.minLength(1)), keyid: z.optional(z.string()) }))
    .check(z.minLength(1)),
});

/** The entry body real Rekor stores for `dsse/0.0.1`: hashes and signatures, never the proposed content. */
export interface CanonicalDsseEntry {
  apiVersion: '0.0.1';
  kind: 'dsse';
  spec: {
    envelopeHash: { algorithm: 'sha256'; value: string };
    payloadHash: { algorithm: 'sha256'; value: string };
    signatures: { signature: string; verifier: string }[];
  };
}

/**
 * The body Rekor v1 `POST /api/v1/log/entries` logs for a `dsse/0.0.1` entry (the only kind PyPI accepts for
 * attestations): every envelope signature must verify against a submitted verifier (PEM certificate or key,
 * base64), then the entry is canonicalised as Rekor does (rekor pkg/types/dsse/v0.0.1).
 */
export function canonicalDsseEntry(body: unknown): CanonicalDsseEntry {
  const kind = z.object({ kind: z.string(), apiVersion: z.string() }).safeParse(body);
  if (kind.success && (kind.data.kind !== 'dsse' || kind.data.apiVersion !== '0.0.1')) {
    throw new SigstoreLocalError(
      'UNSUPPORTED_ENTRY',
      `this local Rekor logs only dsse/0.0.1 entries, got ${kind.data.kind}/${kind.data.apiVersion}`,
      400,
    );
  }
  const entry = dsseProposedEntry.safeParse(body);
  if (!entry.success) {
    throw new SigstoreLocalError('MALFORMED_REQUEST', `malformed dsse entry: ${entry.error.message}`, 400);
  }
  return canonicalize(entry.data.spec.proposedContent);
}

function canonicalize(content: { envelope: string; verifiers: string[] }): CanonicalDsseEntry {
  let parsed: z.infer<typeof envelopeJson>;
  try {
    parsed = envelopeJson.parse(JSON.parse(content.envelope));
  } catch (error) {
    throw new SigstoreLocalError(
      'MALFORMED_REQUEST',
      'the dsse envelope is not a valid DSSE JSON envelope',
      400,
      {
        cause: error,
      },
    );
  }
  const payload = Buffer.from(parsed.payload, 'base64');
  const pae = preAuthEncoding(parsed.payloadType, payload);
  const signatures = parsed.signatures.map(({ sig }) => {
    const verifier = content.verifiers.find((candidate) => signatureVerifies(candidate, pae, sig));
    if (verifier === undefined) {
      throw new SigstoreLocalError(
        'INVALID_ENTRY_SIGNATURE',
        'a dsse envelope signature does not verify against any of the submitted verifiers',
        400,
      );
    }
    return { signature: sig, verifier };
  });
  signatures.sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0));
  return {
    apiVersion: '0.0.1',
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(Buffer.from(content.envelope)) },
      payloadHash: { algorithm: 'sha256', value: sha256(payload) },
      signatures,
    },
  };
}

/** DSSE's pre-authentication encoding: what the signature covers. */
export function preAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  const type = Buffer.from(payloadType);
  return Buffer.concat([
    Buffer.from(`DSSEv1 ${type.length} `),
    type,
    Buffer.from(` ${payload.length} `),
    payload,
  ]);
}

function signatureVerifies(verifierBase64: string, data: Buffer, signatureBase64: string): boolean {
  try {
    const pem = Buffer.from(verifierBase64, 'base64').toString('utf8');
    const key = pem.includes('CERTIFICATE') ? new X509Certificate(pem).publicKey : pem;
    return verify('sha256', data, key, Buffer.from(signatureBase64, 'base64'));
  } catch {
    return false;
  }
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}
