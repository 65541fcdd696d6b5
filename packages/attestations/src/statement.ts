import * as z from '@pypi-release/zod';

export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
export const SLSA_PROVENANCE_PREDICATE_TYPE = 'https://slsa.dev/provenance/v1';
/** The predicate types PyPI knows (pypi-attestations `AttestationType`). */
export const KNOWN_PREDICATE_TYPES: readonly string[] = [
  SLSA_PROVENANCE_PREDICATE_TYPE,
  PUBLISH_PREDICATE_TYPE,
];

/** A distribution as an attestation names it: its filename and the hex sha256 of its bytes. */
export interface Distribution {
  filename: string;
  sha256: string;
}

/** An in-toto v1 Statement as sigstore-python reads one (`_Statement`): at least one subject. */
export const statementSchema = z.object({
  _type: z.literal(IN_TOTO_STATEMENT_V1),
  subject: z
    .array(z.object({ name: z.nullish(z.string()), digest: z.record(z.string(), z.string()) }))
    .check(z.minLength(1)),
  predicateType: z.string(),
  predicate: z.nullish(z.record(z.string(), z.unknown())),
});
export type Statement = z.infer<typeof statementSchema>;

/** The PyPI publish attestation statement for one distribution: a single subject, no predicate. */
export function publishStatement(dist: Distribution): Statement {
  if (!/^[0-9a-f]{64}$/.test(dist.sha256)) {
    throw new TypeError(`sha256 of ${dist.filename} must be 64 lowercase hex digits, got ${dist.sha256}`);
  }
  return {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: dist.filename, digest: { sha256: dist.sha256 } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: null,
  };
}
