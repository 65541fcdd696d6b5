import { DSSEBundleBuilder, FulcioSigner, type IdentityProvider, RekorWitness } from '@sigstore/sign';
import { AttestationError } from './errors';
import { type Attestation, attestationFromBundle } from './pep740';
import { signingError } from './signing-error';
import { type Distribution, IN_TOTO_PAYLOAD_TYPE, publishStatement, type Statement } from './statement';

export const DEFAULT_FULCIO_URL = 'https://fulcio.sigstore.dev';
export const DEFAULT_REKOR_URL = 'https://rekor.sigstore.dev';

/** The audience an identity token for Sigstore must carry (Fulcio's client id). */
export const SIGSTORE_AUDIENCE = 'sigstore';

export interface AttesterOptions {
  /** Supplies the job's OIDC token minted for audience `sigstore` (see `sigstoreIdentity`). */
  identityProvider: IdentityProvider;
  fulcioUrl?: string;
  rekorUrl?: string;
  /** How long each request may wait for its answer's headers before it counts as failed; default 30 000. */
  timeoutMs?: number;
  /**
   * Retries of a Fulcio or Rekor request that got a 408, 429 or 5xx, no answer in time, or a network error
   * (sigstore-js `fetchWithRetry`; other statuses fail at once); default 2, i.e. up to 3 attempts.
   */
  retries?: number;
  /** Wait before the first retry, doubled before each next one (sigstore-js's default: 1000). */
  retryDelayMs?: number;
}

/** Signs PyPI publish attestations, one per distribution. */
export type Attester = (dist: Distribution) => Promise<Attestation>;

/** Signs any in-toto statement the same way; `label` names it in errors (e.g. the distribution's filename). */
export type StatementSigner = (statement: Statement, label: string) => Promise<Attestation>;

/** An identity provider asking `getIdToken` (e.g. the runner's OIDC endpoint) for a token of audience `sigstore`. */
export function sigstoreIdentity(getIdToken: (audience: string) => Promise<string>): IdentityProvider {
  return { getToken: () => getIdToken(SIGSTORE_AUDIENCE) };
}

/**
 * The attester gh-action-pypi-publish's `attestations.py` amounts to: an in-toto publish statement per file,
 * DSSE-signed with a Fulcio certificate for the job's identity (a fresh ephemeral key), witnessed by a Rekor v1
 * `dsse` entry (PyPI refuses Rekor v2 and `intoto` entries), converted to a PEP 740 object.
 */
export function createAttester(options: AttesterOptions): Attester {
  const sign = createStatementSigner(options);
  return (dist) => sign(publishStatement(dist), dist.filename);
}

/** The signing path of `createAttester` for an arbitrary statement (what PyPI verifies is a separate matter). */
export function createStatementSigner(options: AttesterOptions): StatementSigner {
  const retries = options.retries ?? 2;
  const context = {
    fulcioUrl: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
    rekorUrl: options.rekorUrl ?? DEFAULT_REKOR_URL,
    timeoutMs: options.timeoutMs ?? 30_000,
    attempts: retries + 1,
    tokens: new Set<string>(),
  };
  // promise-retry options, as sigstore-js hands them over: the n-th retry waits minTimeout * factor^(n-1).
  const retry = { retries, factor: 2, minTimeout: options.retryDelayMs ?? 1000 };
  const fetchOptions = { timeout: context.timeoutMs, retry };
  const identityProvider: IdentityProvider = {
    getToken: async () => {
      const token = await options.identityProvider.getToken();
      context.tokens.add(token);
      return token;
    },
  };
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ identityProvider, fulcioBaseURL: context.fulcioUrl, ...fetchOptions }),
    witnesses: [
      new RekorWitness({
        rekorBaseURL: context.rekorUrl,
        entryType: 'dsse',
        majorApiVersion: 1,
        // A retry after a lost answer meets 409 (the entry is logged): fetch that entry, as sigstore-js's own
        // client does (sigstore createBundleBuilder), instead of failing a signature that was made.
        fetchOnConflict: true,
        ...fetchOptions,
      }),
    ],
  });
  return async (statement, label) => {
    const data = Buffer.from(JSON.stringify(statement));
    try {
      return attestationFromBundle(await builder.create({ data, type: IN_TOTO_PAYLOAD_TYPE }));
    } catch (error) {
      if (error instanceof AttestationError) throw error;
      throw signingError(error, label, context);
    }
  };
}
