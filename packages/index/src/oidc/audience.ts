import type { TrustedPublishingConfig } from './publisher-config';

export type AudienceResult =
  | { status: 200; body: { audience: string } }
  | { status: 403; body: { message: string } };

/** `GET /_/oidc/audience` (PYPI.md §1): the audience to request, or 403 when Trusted Publishing is switched off. */
export function audienceResponse(config: TrustedPublishingConfig): AudienceResult {
  if (!config.enabled) return { status: 403, body: { message: NOT_ENABLED } };
  return { status: 200, body: { audience: config.audience } };
}

export const NOT_ENABLED = 'Trusted publishing functionality not enabled';
