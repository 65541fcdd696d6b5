import { join } from 'node:path';
import { type KeySource, parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer } from '@pypi-release/oidc-issuer';
import type { SecretScanner } from './secret-scanner';

/** The caller's repository and release job that the local trusted publisher is registered for. */
export const PUBLISHER = {
  repository: 'octo-org/reliability',
  repositoryOwnerId: '7007',
  workflow: 'release.yml',
  environment: 'pypi',
} as const;

/** The release job's claims, matching PUBLISHER (a top-level publish job: Trusted Publishing works). */
export function publisherJob() {
  return jobClaims({
    repository: PUBLISHER.repository,
    ownerId: PUBLISHER.repositoryOwnerId,
    workflow: PUBLISHER.workflow,
    environment: PUBLISHER.environment,
  });
}

/**
 * A fresh local index in `dir` trusting `issuer`, with a pending publisher for `project` (the first exchange
 * creates it, later ones keep working) and fault injection on; every token it mints becomes a canary.
 */
export function startTrustedIndex(
  dir: string,
  issuer: OidcIssuer,
  project: string,
  scanner: SecretScanner,
  apiToken?: string,
  /** The local issuer signing as GitHub's (`keySource` finds its keys), and the Sigstore attestations come from. */
  attesting?: {
    readonly issuer: string;
    readonly keySource: KeySource;
    readonly sigstoreTrustedRoot: unknown;
  },
): Promise<RunningIndex> {
  return startIndex({
    dataDir: join(dir, 'index'),
    faults: true,
    ...(apiToken ? { apiToken } : {}),
    ...(attesting
      ? { keySource: attesting.keySource, sigstoreTrustedRoot: attesting.sigstoreTrustedRoot }
      : {}),
    onTokenMinted: (token) => scanner.add('minted-token', token),
    config: parseConfig(
      {
        trustedPublishing: {
          issuer: attesting?.issuer ?? issuer.url,
          publishers: [{ ...PUBLISHER, projects: [project], pending: true }],
        },
      },
      'reliability',
    ),
  });
}
