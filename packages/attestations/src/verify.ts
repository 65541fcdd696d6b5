import { TrustedRoot } from '@sigstore/protobuf-specs';
import { type TrustMaterial, toTrustMaterial } from '@sigstore/verify';
import { checkGithubPublisher } from './certificate-policy';
import { ultranormalizeFilename } from './dist-name';
import { AttestationError, verificationFailed } from './errors';
import { type Attestation, bundleFromAttestation, type GithubPublisher } from './pep740';
import { verifyDsseBundleInOrder } from './sigstore-steps';
import { type Distribution, KNOWN_PREDICATE_TYPES, statementSchema } from './statement';

/** What a verified attestation states about the distribution. */
export interface VerifiedAttestation {
  predicateType: string;
  predicate: Record<string, unknown> | null;
}

/** Trust material from a `trusted_root.json` document (Sigstore's production one, or a local instance's). */
export function trustMaterialFrom(trustedRootJson: unknown): TrustMaterial {
  return toTrustMaterial(TrustedRoot.fromJSON(trustedRootJson));
}

export interface VerifyOptions {
  trust: TrustMaterial;
  publisher: GithubPublisher;
}

/**
 * Verifies one PEP 740 attestation for `dist` as PyPI does (pypi-attestations `Attestation.verify`): the
 * Sigstore bundle with the Trusted Publisher policy, step by step in sigstore-python's order (certificate chain
 * and SCT, policy, transparency log entry, signature, entry body), then the statement: exactly one subject, whose
 * name and sha256 are the distribution's, and a predicate type PyPI knows. Throws AttestationError (`VERIFICATION`: `Verification failed: <reason>`, or `CONVERSION`).
 */
export function verifyAttestation(
  attestation: Attestation,
  dist: Distribution,
  options: VerifyOptions,
): VerifiedAttestation {
  const distName = ultranormalizeFilename(dist.filename);
  if (distName === undefined) {
    throw new AttestationError('MALFORMED', `unknown distribution format: ${dist.filename}`);
  }
  const bundle = bundleFromAttestation(attestation);
  verifyDsseBundleInOrder(bundle, options.trust, () =>
    checkGithubPublisher(
      Buffer.from(attestation.verification_material.certificate, 'base64'),
      options.publisher,
    ),
  );

  const statement = parseStatement(Buffer.from(attestation.envelope.statement, 'base64'));
  if (statement.subject.length !== 1) {
    throw verificationFailed('too many subjects in statement (must be exactly one)');
  }
  const [subject] = statement.subject;
  if (!subject?.name) throw verificationFailed('invalid subject: missing name');
  const subjectName = ultranormalizeFilename(subject.name);
  if (subjectName === undefined) {
    throw verificationFailed(`invalid subject: unknown distribution format: ${subject.name}`);
  }
  if (subjectName !== distName) {
    throw verificationFailed(`subject does not match distribution name: ${subjectName} != ${distName}`);
  }
  if (subject.digest.sha256 !== dist.sha256)
    throw verificationFailed('subject does not match distribution digest');
  if (!KNOWN_PREDICATE_TYPES.includes(statement.predicateType)) {
    throw verificationFailed(`unknown attestation type: ${statement.predicateType}`);
  }
  return { predicateType: statement.predicateType, predicate: statement.predicate ?? null };
}

function parseStatement(payload: Buffer) {
  let json: unknown;
  try {
    json = JSON.parse(payload.toString('utf8'));
  } catch {
    throw verificationFailed('invalid statement: not JSON');
  }
  const parsed = statementSchema.safeParse(json);
  if (!parsed.success) throw verificationFailed(`invalid statement: ${parsed.error.message}`);
  return parsed.data;
}
