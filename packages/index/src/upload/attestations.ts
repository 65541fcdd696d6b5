import type { TrustMaterial } from '@pypi-release/attestations';
import {
  type Attestation,
  AttestationError,
  attestationSetSchema,
  type GithubPublisher,
  type Provenance,
  verifyAttestation,
} from '@pypi-release/attestations';
import type { Identity } from '../http/auth';

/**
 * PEP 740 attestations on upload, as Warehouse checks them (warehouse/attestations/services.py
 * `_extract_attestations_from_request` and `IntegrityService.parse_attestations`, forklift/legacy.py), in its
 * order and with its messages. Every refusal is a 400 whose text starts with `INVALID_ATTESTATIONS`.
 */
export const INVALID_ATTESTATIONS = 'Invalid attestations supplied during upload: ';
/** Warehouse allows one attestation per supported predicate type (publish/v1 and SLSA provenance/v1). */
export const MAX_ATTESTATIONS = 2;

export type AttestationOutcome =
  | { readonly ok: true; readonly provenance: Provenance }
  | { readonly ok: false; readonly message: string };

export interface AttestationUpload {
  /** The raw `attestations` form field. */
  readonly field: string;
  readonly identity: Identity;
  readonly filename: string;
  readonly sha256: string;
  readonly trust: TrustMaterial;
}

export function checkAttestations(upload: AttestationUpload): AttestationOutcome {
  const refuse = (reason: string): AttestationOutcome => ({
    ok: false,
    message: `${INVALID_ATTESTATIONS}${reason}`,
  });
  if (upload.identity.kind !== 'trusted-publisher') {
    return refuse('Attestations are only supported when using Trusted Publishing');
  }
  const publisher = publisherFromDescription(upload.identity.publisher);
  if (publisher === undefined) {
    return refuse(`Attestations are not currently supported with ${upload.identity.publisher} publishers`);
  }
  let attestations: Attestation[];
  try {
    const parsed = attestationSetSchema.safeParse(JSON.parse(upload.field));
    if (!parsed.success) return refuse(`Malformed attestations: ${summarise(parsed.error.issues)}`);
    attestations = parsed.data;
  } catch (error) {
    return refuse(
      `Malformed attestations: invalid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (attestations.length === 0)
    return refuse('Malformed attestations: an empty attestation set is not permitted');
  if (attestations.length > MAX_ATTESTATIONS) {
    return refuse(`A maximum of ${MAX_ATTESTATIONS} attestations per file are supported`);
  }
  const seen = new Set<string>();
  for (const attestation of attestations) {
    let predicateType: string;
    try {
      ({ predicateType } = verifyAttestation(
        attestation,
        { filename: upload.filename, sha256: upload.sha256 },
        { trust: upload.trust, publisher },
      ));
    } catch (error) {
      if (error instanceof AttestationError && error.code === 'VERIFICATION') {
        return refuse(
          `Could not verify the uploaded artifact using the included attestation: ${error.message}`,
        );
      }
      const detail = error instanceof Error ? error.message : String(error);
      return refuse(`Unknown error while trying to verify included attestations: ${detail}`);
    }
    if (seen.has(predicateType)) {
      return refuse(
        `Multiple attestations for the same file with the same predicate type (${predicateType}) are not supported`,
      );
    }
    seen.add(predicateType);
  }
  return { ok: true, provenance: { version: 1, attestation_bundles: [{ publisher, attestations }] } };
}

/**
 * The publisher behind a Trusted Publishing token, from the index's description of it
 * (`describePublisher`: "github:owner/repo/workflow.yml" with "@environment" when it names one).
 */
export function publisherFromDescription(description: string): GithubPublisher | undefined {
  const match = /^github:([^/]+\/[^/]+)\/([^/]+?\.ya?ml)(?:@(.+))?$/.exec(description);
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: 'GitHub', repository: match[1], workflow: match[2], environment: match[3] ?? null };
}

function summarise(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
