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
export { describePublisher } from './match-publisher';
export {
  type GithubPublisher,
  githubPublisherSchema,
  type TrustedPublishingConfig,
  type TrustedPublishingConfigInput,
  trustedPublishingConfigSchema,
} from './publisher-config';
