import * as z from '@pypi-release/zod';
import {
  type BundleWithDsseEnvelope,
  bundleFromJSON,
  bundleToJSON,
  isBundleWithDsseEnvelope,
} from '@sigstore/bundle';
import { AttestationError } from './errors';
import { IN_TOTO_PAYLOAD_TYPE } from './statement';

const BUNDLE_V03 = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/**
 * A PEP 740 attestation object, as PyPI accepts it (pypi-attestations `Attestation`): version 1, the DER leaf
 * certificate and at least one transparency log entry, and the DSSE statement with its one signature.
 * Unknown keys are dropped, as pydantic does.
 */
export const attestationSchema = z.object({
  version: z.literal(1),
  verification_material: z.object({
    certificate: z.base64().check(z.minLength(1)),
    transparency_entries: z.array(z.record(z.string(), z.unknown())).check(z.minLength(1)),
  }),
  envelope: z.object({
    statement: z.base64().check(z.minLength(1)),
    signature: z.base64().check(z.minLength(1)),
  }),
});
export type Attestation = z.infer<typeof attestationSchema>;

/** The `attestations` upload field: a JSON array of attestation objects (PEP 740). */
export const attestationSetSchema = z.array(attestationSchema);

/** A PEP 740 publisher (Integrity API `publisher`), for a GitHub Trusted Publisher. */
export const githubPublisherSchema = z.object({
  kind: z.literal('GitHub'),
  repository: z.string().check(z.minLength(1)),
  workflow: z.string().check(z.minLength(1)),
  environment: z.optional(z.nullable(z.string())),
});
export type GithubPublisher = z.infer<typeof githubPublisherSchema>;

/** The Integrity API's provenance object (PEP 740). */
export const provenanceSchema = z.object({
  version: z.literal(1),
  attestation_bundles: z.array(
    z.object({
      publisher: z.looseObject({ kind: z.string() }),
      attestations: z.array(attestationSchema),
    }),
  ),
});
export type Provenance = z.infer<typeof provenanceSchema>;

/** Sigstore bundle (v0.3, DSSE, one signature) → PEP 740 object; the first tlog entry is kept verbatim. */
export function attestationFromBundle(bundle: BundleWithDsseEnvelope): Attestation {
  const json = bundleToJSON(bundle) as {
    verificationMaterial: { certificate?: { rawBytes: string }; tlogEntries: Record<string, unknown>[] };
    dsseEnvelope: { payload: string; signatures: { sig: string }[] };
  };
  const { certificate, tlogEntries } = json.verificationMaterial;
  const signatures = json.dsseEnvelope.signatures;
  if (certificate === undefined) {
    throw new AttestationError('CONVERSION', 'the bundle has no leaf certificate (expected a v0.3 bundle)');
  }
  if (signatures.length !== 1) {
    throw new AttestationError('CONVERSION', `expected exactly one signature, got ${signatures.length}`);
  }
  const [entry] = tlogEntries;
  if (entry === undefined)
    throw new AttestationError('CONVERSION', 'the bundle has no transparency log entry');
  return {
    version: 1,
    verification_material: { certificate: certificate.rawBytes, transparency_entries: [entry] },
    envelope: { statement: json.dsseEnvelope.payload, signature: signatures[0]?.sig ?? '' },
  };
}

/** PEP 740 object → Sigstore bundle v0.3, as pypi-attestations `to_bundle` (first transparency entry only). */
export function bundleFromAttestation(attestation: Attestation): BundleWithDsseEnvelope {
  const [entry] = attestation.verification_material.transparency_entries;
  let bundle: ReturnType<typeof bundleFromJSON>;
  try {
    bundle = bundleFromJSON({
      mediaType: BUNDLE_V03,
      verificationMaterial: {
        certificate: { rawBytes: attestation.verification_material.certificate },
        tlogEntries: [entry],
        timestampVerificationData: { rfc3161Timestamps: [] },
      },
      dsseEnvelope: {
        payload: attestation.envelope.statement,
        payloadType: IN_TOTO_PAYLOAD_TYPE,
        signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
      },
    });
  } catch (error) {
    // pypi-attestations' text exactly (`to_bundle`: ConversionError("invalid transparency log entry")); the
    // reason (e.g. no inclusion proof with a checkpoint, as sigstore-python requires) is the cause.
    throw new AttestationError('CONVERSION', 'invalid transparency log entry', { cause: error });
  }
  if (!isBundleWithDsseEnvelope(bundle)) throw new AttestationError('CONVERSION', 'not a DSSE bundle');
  // A PEP 740 object carries no signed timestamps, so the entry's inclusion promise is the only signed time:
  // sigstore-python refuses the bundle without it (models.py `Bundle._verify`), outside pypi-attestations'
  // conversion `try`, hence its own text. sigstore-js would take the unsigned integrated time instead.
  if (bundle.verificationMaterial.tlogEntries[0]?.inclusionPromise === undefined) {
    throw new AttestationError(
      'CONVERSION',
      'bundle must contain an inclusion promise or signed timestamp(s)',
    );
  }
  return bundle;
}
