export { SigstoreLocalError, type SigstoreLocalErrorCode } from './errors';
export {
  type ActiveFault,
  type InjectedFault,
  type SigstoreFault,
  SigstoreFaults,
  type SigstoreService,
} from './faults';
export { INVALID_SIGNATURE } from './fulcio';
export {
  type CertificateExtension,
  FULCIO_OID,
  type GithubWorkflowClaims,
  githubExtensions,
  subjectAlternativeName,
} from './github-extensions';
export type { ReceivedRequest } from './json-server';
export { type LocalSigstore, type LocalSigstoreOptions, startLocalSigstore } from './local-sigstore';
export { INVALID_IDENTITY_TOKEN, SIGSTORE_AUDIENCE, type TrustedIssuer } from './token-verifier';
export type { TrustedRootJson } from './trusted-root';
