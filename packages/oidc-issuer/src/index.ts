export {
  defaultAudience,
  type GithubClaims,
  type JobClaims,
  type JobClaimsInput,
  jobClaims,
  type ReusableWorkflow,
} from './claims';
export { type GitlabClaimsInput, type GitlabJobClaims, gitlabClaims } from './gitlab-claims';
export { type OidcIssuer, type OidcIssuerOptions, startOidcIssuer } from './issuer';
export type { AnyJobClaims, SignOptions, TokenClaims } from './sign-token';
