import { type JobClaimsInput, jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { type LocalSigstore, startLocalSigstore } from '@pypi-release/sigstore-local';
import { type Attester, type AttesterOptions, createAttester, sigstoreIdentity } from '../../src/index';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** The local OIDC issuer (presenting itself as GitHub's) and a local Sigstore that trusts it. */
export interface Stack {
  oidc: OidcIssuer;
  sigstore: LocalSigstore;
  /** An attester whose token comes from the runner's token endpoint, like the publish job's. */
  attester(audience?: string, options?: Omit<AttesterOptions, 'identityProvider'>): Attester;
  close(): Promise<void>;
}

export async function startStack(job: JobClaimsInput, issuer = GITHUB_ISSUER): Promise<Stack> {
  const oidc = await startOidcIssuer({ issuer, job: jobClaims(job) });
  const sigstore = await startLocalSigstore({
    issuers: [{ issuer, jwksUrl: `${oidc.url}/.well-known/jwks` }],
  });
  return {
    oidc,
    sigstore,
    attester: (audienceOverride, overrides) =>
      createAttester({
        identityProvider: sigstoreIdentity(async (audience) => {
          const response = await fetch(`${oidc.requestUrl}&audience=${audienceOverride ?? audience}`, {
            headers: { authorization: `Bearer ${oidc.requestToken}` },
          });
          return ((await response.json()) as { value: string }).value;
        }),
        fulcioUrl: sigstore.fulcioUrl,
        rekorUrl: sigstore.rekorUrl,
        retries: 0,
        ...overrides,
      }),
    close: async () => {
      await sigstore.close();
      await oidc.close();
    },
  };
}
