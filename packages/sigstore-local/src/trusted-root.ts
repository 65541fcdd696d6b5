import { createHash } from 'node:crypto';

/** A Sigstore trusted root (protobuf-specs `TrustedRoot`, JSON form), as TUF distributes `trusted_root.json`. */
export interface TrustedRootJson {
  mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1';
  tlogs: LogInstanceJson[];
  certificateAuthorities: {
    subject: { organization: string; commonName: string };
    uri: string;
    certChain: { certificates: { rawBytes: string }[] };
    validFor: { start: string };
  }[];
  ctlogs: LogInstanceJson[];
  timestampAuthorities: [];
}

interface LogInstanceJson {
  baseUrl: string;
  hashAlgorithm: 'SHA2_256';
  publicKey: { rawBytes: string; keyDetails: 'PKIX_ECDSA_P256_SHA_256'; validFor: { start: string } };
  logId: { keyId: string };
}

export interface TrustedRootParts {
  fulcioUrl: string;
  rekorUrl: string;
  /** DER of the CA's root certificate. */
  rootCertificate: Uint8Array;
  /** DER SPKI of Rekor's signing key. */
  rekorPublicKey: Uint8Array;
  /** DER SPKI of the CT log's signing key. */
  ctLogPublicKey: Uint8Array;
  /** When these keys started being valid. */
  validFrom: Date;
}

/** Assembles the trusted root a verifier needs for this local instance: its CA, its Rekor and its CT log. */
export function buildTrustedRoot(parts: TrustedRootParts): TrustedRootJson {
  const start = parts.validFrom.toISOString();
  const log = (baseUrl: string, key: Uint8Array): LogInstanceJson => ({
    baseUrl,
    hashAlgorithm: 'SHA2_256',
    publicKey: { rawBytes: base64(key), keyDetails: 'PKIX_ECDSA_P256_SHA_256', validFor: { start } },
    logId: { keyId: createHash('sha256').update(key).digest('base64') },
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [log(parts.rekorUrl, parts.rekorPublicKey)],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: parts.fulcioUrl,
        certChain: { certificates: [{ rawBytes: base64(parts.rootCertificate) }] },
        validFor: { start },
      },
    ],
    ctlogs: [log(`${parts.fulcioUrl}/ct`, parts.ctLogPublicKey)],
    timestampAuthorities: [],
  };
}

function base64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}
