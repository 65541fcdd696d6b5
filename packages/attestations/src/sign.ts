import { DSSEBundleBuilder, FulcioSigner, type IdentityProvider, RekorWitness } from '@sigstore/sign';
import { AttestationError } from './errors';
import { type Attestation, attestationFromBundle } from './pep740';
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
  timeoutMs?: number;
  /** Retries on 5xx and network errors (sigstore-js semantics); default 2. */
  retries?: number;
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
  const fetchOptions = { timeout: options.timeoutMs ?? 30_000, retry: options.retries ?? 2 };
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({
      identityProvider: options.identityProvider,
      fulcioBaseURL: options.fulcioUrl ?? DEFAULT_FULCIO_URL,
      ...fetchOptions,
    }),
    witnesses: [
      new RekorWitness({
        rekorBaseURL: options.rekorUrl ?? DEFAULT_REKOR_URL,
        entryType: 'dsse',
        majorApiVersion: 1,
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
      throw new AttestationError('SIGNING', `could not sign the attestation for ${label}: ${reason(error)}`, {
        cause: error,
      });
    }
  };
}

/** A sigstore-js failure in words, never the identity token (sigstore-js puts it in one of its messages). */
function reason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  if (code === 'IDENTITY_TOKEN_PARSE_ERROR')
    return 'the identity token is not a JWT (IDENTITY_TOKEN_PARSE_ERROR)';
  const cause =
    error.cause instanceof Error && !error.message.includes(error.cause.message)
      ? `: ${error.cause.message}`
      : '';
  return typeof code === 'string' ? `${error.message}${cause} (${code})` : `${error.message}${cause}`;
}
