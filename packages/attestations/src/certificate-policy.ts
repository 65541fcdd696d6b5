import { ASN1Obj, X509Certificate } from '@sigstore/core';
import { verificationFailed } from './errors';
import type { GithubPublisher } from './pep740';

export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';

/** Fulcio extension OIDs the Trusted Publisher policy reads. */
const OID = {
  issuerV2: '1.3.6.1.4.1.57264.1.8',
  sourceRepositoryUri: '1.3.6.1.4.1.57264.1.12',
  sourceRepositoryDigest: '1.3.6.1.4.1.57264.1.13',
  sourceRepositoryRef: '1.3.6.1.4.1.57264.1.14',
  buildConfigUri: '1.3.6.1.4.1.57264.1.18',
} as const;

/**
 * PyPI's GitHub Trusted Publisher policy (pypi-attestations `_GitHubTrustedPublisherPolicy`): the issuer is
 * GitHub Actions, the source repository is the publisher's, and the Build Config URI is the publisher's
 * workflow at the certificate's own commit or ref. Throws `Verification failed: …` otherwise.
 */
export function checkGithubPublisher(certificateDer: Buffer, publisher: GithubPublisher): void {
  const certificate = X509Certificate.parse(certificateDer as Buffer<ArrayBuffer>);
  expectExtension(certificate, 'OIDCIssuerV2', OID.issuerV2, GITHUB_ACTIONS_ISSUER);
  expectExtension(
    certificate,
    'OIDCSourceRepositoryURI',
    OID.sourceRepositoryUri,
    `https://github.com/${publisher.repository}`,
  );
  const buildConfigUri = utf8Extension(certificate, 'OIDCBuildConfigURI', OID.buildConfigUri);
  const sha = utf8Extension(certificate, 'OIDCSourceRepositoryDigest', OID.sourceRepositoryDigest);
  const ref = utf8Extension(certificate, 'OIDCSourceRepositoryRef', OID.sourceRepositoryRef);
  const prefix = `https://github.com/${publisher.repository}/.github/workflows/${publisher.workflow}@`;
  if (buildConfigUri === `${prefix}${sha}` || buildConfigUri === `${prefix}${ref}`) return;
  throw verificationFailed(
    `Certificate's Build Config URI (${buildConfigUri}) does not match expected Trusted Publisher ` +
      `(${publisher.workflow} @ ${publisher.repository})`,
  );
}

function expectExtension(certificate: X509Certificate, name: string, oid: string, expected: string): void {
  const actual = utf8Extension(certificate, name, oid);
  if (actual !== expected) {
    throw verificationFailed(
      `Certificate's ${name} does not match (got '${actual}', expected '${expected}')`,
    );
  }
}

/** A Fulcio v2 extension value: a DER UTF8String inside the extension's octet string. */
function utf8Extension(certificate: X509Certificate, name: string, oid: string): string {
  const extension = certificate.extension(oid);
  if (extension === undefined) {
    throw verificationFailed(`Certificate does not contain ${name} (${oid}) extension`);
  }
  const inner = ASN1Obj.parseBuffer(extension.value as Buffer<ArrayBuffer>);
  if (inner.tag.number !== 0x0c) {
    throw verificationFailed(`Certificate's ${name} (${oid}) extension is not a DER UTF8String`);
  }
  return inner.value.toString('utf8');
}
