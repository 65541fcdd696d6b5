export { type AudienceResult, audienceResponse } from './audience';
export { KeySourceError, type KeySourceErrorCode } from './errors';
export {
  type ExchangeDeps,
  type ExchangeErrorCode,
  type ExchangeResult,
  exchangeToken,
  MINTED_TOKEN_SECONDS,
  type TokenGrant,
} from './exchange';
export { createKeySource, type KeySource, type KeySourceOptions } from './jwks';
export { describeGitlabPublisher, matchGitlabPublishers, workflowFilepathOf } from './match-gitlab';
export { describePublisher } from './match-publisher';
export {
  type AnyPublisher,
  type GithubPublisher,
  type GitlabPublisher,
  githubPublisherSchema,
  gitlabPublisherSchema,
  type TrustedPublishingConfig,
  type TrustedPublishingConfigInput,
  trustedPublishingConfigSchema,
} from './publisher-config';
