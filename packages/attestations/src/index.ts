export type { TrustMaterial } from '@sigstore/verify';
export { checkGithubPublisher, GITHUB_ACTIONS_ISSUER } from './certificate-policy';
export { ultranormalizeFilename } from './dist-name';
export { AttestationError, type AttestationErrorCode } from './errors';
export {
  type Attestation,
  attestationFromBundle,
  attestationSchema,
  attestationSetSchema,
  bundleFromAttestation,
  type GithubPublisher,
  githubPublisherSchema,
  type Provenance,
  provenanceSchema,
} from './pep740';
export { productionTrustedRoot } from './production-root';
export {
  type FileProvenance,
  type ReleaseProvenance,
  type ReleaseProvenanceOptions,
  verifyReleaseProvenance,
} from './release-provenance';
export {
  type Attester,
  type AttesterOptions,
  createAttester,
  createStatementSigner,
  DEFAULT_FULCIO_URL,
  DEFAULT_REKOR_URL,
  SIGSTORE_AUDIENCE,
  type StatementSigner,
  sigstoreIdentity,
} from './sign';
export {
  type Distribution,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  KNOWN_PREDICATE_TYPES,
  PUBLISH_PREDICATE_TYPE,
  publishStatement,
  type Statement,
  statementSchema,
} from './statement';
export { trustMaterialFrom, type VerifiedAttestation, type VerifyOptions, verifyAttestation } from './verify';
