import type { AttestationObject } from './attestation-files';
import type { Credentials } from './credentials';
import type { IndexEndpoints } from './endpoints';
import { PublishError } from './errors';
import { isGitlabToken } from './gitlab-diagnostics';
import { claim, decodeClaims, workflowContext } from './id-token';
import { resolveIndexPolicy } from './index-policy';
import type { Logger, MaskSecret } from './logger';
import type { IdTokenProvider } from './trusted-publishing';

/** Signs the publish attestation of one file (PEP 740). */
export type AttestationSigner = (file: {
  readonly filename: string;
  readonly sha256: string;
}) => Promise<AttestationObject>;

/** What publish asks once it holds the credentials: sign (a signer), or not (undefined, the reason logged). */
export type AttestationsDecision = (context: {
  readonly credentials: Credentials;
  readonly endpoints: IndexEndpoints;
  readonly dryRun: boolean;
}) => Promise<AttestationSigner | undefined>;

/** Sigstore endpoints other than the public instance: a test Sigstore, for a rehearsal against a test index. */
export interface SigstoreEndpoints {
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
}

/** The signing code, loaded only when something is signed (`@pypi-release/attestations`' `createAttester`). */
export type LoadSigner = () => Promise<
  (options: {
    identityProvider: { getToken(): Promise<string> };
    fulcioUrl?: string;
    rekorUrl?: string;
  }) => AttestationSigner
>;

export interface AttestationsSetup {
  /** The `attestations` input / `--no-attestations`. */
  readonly enabled: boolean;
  /** Mints the job's OIDC token for an audience (GitHub's token endpoint); absent outside GitHub Actions. */
  readonly getIdToken?: IdTokenProvider;
  /** A test Sigstore (the local rehearsal); refused for PyPI and TestPyPI. */
  readonly sigstore?: SigstoreEndpoints;
  readonly load: LoadSigner;
  readonly logger: Logger;
  readonly maskSecret?: MaskSecret;
}

/** The environment variables that point signing at a test Sigstore (set by the local workflow runner). */
export const SIGSTORE_ENV = {
  fulcioUrl: 'PYPI_RELEASE_SIGSTORE_FULCIO_URL',
  rekorUrl: 'PYPI_RELEASE_SIGSTORE_REKOR_URL',
} as const;

/** A test Sigstore named by the environment, or undefined; one of the two variables alone is an error. */
export function sigstoreFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): SigstoreEndpoints | undefined {
  const fulcioUrl = env[SIGSTORE_ENV.fulcioUrl] || undefined;
  const rekorUrl = env[SIGSTORE_ENV.rekorUrl] || undefined;
  if (fulcioUrl === undefined && rekorUrl === undefined) return undefined;
  if (fulcioUrl === undefined || rekorUrl === undefined) {
    throw new PublishError(
      'invalid-input',
      `${SIGSTORE_ENV.fulcioUrl} and ${SIGSTORE_ENV.rekorUrl} go together: set both (a test Sigstore) or neither (the public one).`,
    );
  }
  return { fulcioUrl, rekorUrl };
}

/**
 * A test Sigstore is refused for an upload to PyPI or TestPyPI, which verify attestations against the public
 * Sigstore only (every file would be refused). Called when the inputs are read, before any request.
 */
export function assertSigstoreFor(uploadUrl: string, sigstore: SigstoreEndpoints | undefined): void {
  if (!sigstore || resolveIndexPolicy('auto', uploadUrl) !== 'pypi') return;
  throw new PublishError(
    'attestations-unavailable',
    `${SIGSTORE_ENV.fulcioUrl}=${sigstore.fulcioUrl} names a test Sigstore, and the upload goes to ` +
      `${new URL(uploadUrl).origin}: PyPI verifies attestations against the public Sigstore only, so it would ` +
      'refuse every file. Unset the two PYPI_RELEASE_SIGSTORE_* variables.',
  );
}

/**
 * When the publish step signs PEP 740 attestations, as gh-action-pypi-publish does (ATTESTATIONS.md, anchor
 * behaviour): with Trusted Publishing on GitHub Actions, to PyPI or TestPyPI (or to any index when a test
 * Sigstore is named), from the publisher's own workflow — a reusable workflow's certificate names the caller, so
 * PyPI would refuse the upload. Every other case is skipped with its reason, before anything is signed: a
 * transparency-log entry is permanent.
 */
export function attestationsDecision(setup: AttestationsSetup): AttestationsDecision {
  const { logger } = setup;
  return async ({ credentials, endpoints, dryRun }) => {
    if (!setup.enabled) {
      logger.info('Attestations: off (input `attestations: false`).');
      return undefined;
    }
    assertSigstoreFor(endpoints.uploadUrl, setup.sigstore);
    const pypi = resolveIndexPolicy('auto', endpoints.uploadUrl) === 'pypi';
    if (!credentials.trustedPublishing) {
      logger.info(
        `Attestations: skipped. PyPI accepts them only with Trusted Publishing; this upload uses ${credentials.description}.`,
      );
      return undefined;
    }
    if (!pypi && !setup.sigstore) {
      logger.info(
        `Attestations: skipped. ${endpoints.origin} is not PyPI or TestPyPI, the indexes known to accept them.`,
      );
      return undefined;
    }
    if (!setup.getIdToken) {
      logger.info('Attestations: skipped. Signing needs GitHub Actions’ OIDC token (`id-token: write`).');
      return undefined;
    }
    const sigstore = setup.sigstore ?? {
      fulcioUrl: 'https://fulcio.sigstore.dev',
      rekorUrl: 'https://rekor.sigstore.dev',
    };
    if (dryRun) {
      logger.info(`Dry run: no attestations are signed (they would be, with ${sigstore.fulcioUrl}).`);
      return undefined;
    }
    const getIdToken = setup.getIdToken;
    const sigstoreToken = async (): Promise<string> => {
      const token = await getIdToken('sigstore');
      setup.maskSecret?.(token);
      return token;
    };
    const claims = decodeClaims(await sigstoreToken()) ?? {};
    if (isGitlabToken(claims)) {
      logger.info('Attestations: skipped. Signing on GitLab CI is not supported yet.');
      return undefined;
    }
    const context = workflowContext(claims);
    if (context.kind !== 'top-level') {
      logger.warning(
        `Attestations: skipped. This job runs inside the reusable workflow ${context.called.repository}/.github/` +
          `workflows/${context.called.file}: Sigstore's certificate would name the caller ` +
          `(${claim(claims, 'workflow_ref') ?? '?'}), while PyPI checks it against the Trusted Publisher's ` +
          'workflow, so PyPI would refuse every file. For attestations, publish from a job of your own workflow ' +
          'with the publish action (README: "The recommended form").',
      );
      return undefined;
    }
    const createAttester = await setup.load();
    logger.info(`Attestations: signing with Sigstore (${sigstore.fulcioUrl}, ${sigstore.rekorUrl}).`);
    return createAttester({ identityProvider: { getToken: sigstoreToken }, ...sigstore });
  };
}
