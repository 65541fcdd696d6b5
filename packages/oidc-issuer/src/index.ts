export {
  defaultAudience,
  type GithubClaims,
  type JobClaims,
  type JobClaimsInput,
  jobClaims,
  type ReusableWorkflow,
} from './claims';
export { type OidcIssuer, type OidcIssuerOptions, startOidcIssuer } from './issuer';
export type { SignOptions, TokenClaims } from './sign-token';
