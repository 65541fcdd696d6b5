import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { normalizeName } from '@pypi-release/dists';
import { sha256Hex } from './http/auth';
import { sendJson } from './http/respond';
import {
  audienceResponse,
  type ExchangeDeps,
  exchangeToken,
  type KeySource,
  KeySourceError,
  type TokenGrant,
  type TrustedPublishingConfig,
  trustedPublishingConfigSchema,
} from './oidc/index';
import type { Storage } from './storage/storage';

/** The one place the index touches the Trusted Publishing module (src/oidc/). */
export const trustedPublishingSchema = trustedPublishingConfigSchema;

/** What the index says when the configuration has no `trustedPublishing` section: switched off. */
const DISABLED: TrustedPublishingConfig = trustedPublishingConfigSchema.parse({ enabled: false });

export interface OidcRoutes {
  audience(res: ServerResponse): void;
  mintToken(req: IncomingMessage, res: ServerResponse): Promise<void>;
}

/** Largest mint-token request body (a JWT is a few KiB). */
const MAX_BODY = 64 * 1024;

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

/** Mints `pypi-…` tokens: stored as sha256 only, scoped to the grant's projects, creating pending projects. */
export function tokenIssuer(
  storage: Storage,
  clock: () => number,
  onMinted?: (token: string) => void,
): (grant: TokenGrant) => string {
  return (grant) => {
    const token = `pypi-${randomBytes(32).toString('base64url')}`;
    const nowMs = clock();
    for (const name of grant.createProjects) {
      storage.index.createProject(name, normalizeName(name), nowMs);
      storage.credentials.recordCreation(grant.publisher, normalizeName(name));
    }
    storage.credentials.addToken(sha256Hex(token), grant.publisher, grant.projects, grant.expiresAt, nowMs);
    onMinted?.(token);
    return token;
  };
}

/** `GET /_/oidc/audience` and `POST /_/oidc/mint-token` (PYPI.md §1). */
export function createOidcRoutes(
  config: TrustedPublishingConfig | undefined,
  keys: KeySource | undefined,
  storage: Storage,
  clock: () => number,
  onMinted?: (token: string) => void,
  gitlabKeys?: KeySource,
): OidcRoutes {
  const tp = config ?? DISABLED;
  return {
    audience(res) {
      const result = audienceResponse(tp);
      sendJson(res, result.status, result.body);
    },
    async mintToken(req, res) {
      const body = await readJson(req);
      try {
        const result = await exchangeToken(body, {
          ...depsFor(tp, storage, clock, onMinted),
          keys: keys ?? noKeys,
          gitlabKeys,
        });
        sendJson(res, result.status, result.body);
      } catch (error) {
        if (!(error instanceof KeySourceError)) throw error;
        sendJson(res, 503, { message: `The OIDC issuer's keys are unavailable: ${error.message}` });
      }
    },
  };
}

const noKeys: KeySource = {
  issuer: '',
  getKey: () =>
    Promise.reject(new KeySourceError('issuer-unreachable', 'Trusted Publishing is not configured')),
};

function depsFor(
  config: TrustedPublishingConfig,
  storage: Storage,
  clock: () => number,
  onMinted: ((token: string) => void) | undefined,
): Omit<ExchangeDeps, 'keys'> {
  return {
    config,
    clock,
    jti: {
      claim: (jti, expiresAtSeconds) =>
        storage.credentials.claimJti(jti, expiresAtSeconds, Math.floor(clock() / 1000)),
    },
    projectExists: (name) => storage.index.project(normalizeName(name)) !== undefined,
    createdBy: (publisher, name) => storage.credentials.createdBy(publisher, normalizeName(name)),
    issueToken: tokenIssuer(storage, clock, onMinted),
  };
}
