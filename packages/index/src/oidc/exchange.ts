import { normalizeName } from '@pypi-release/dists';
import { decodeJwt } from 'jose';
import { NOT_ENABLED } from './audience';
import type { KeySource } from './jwks';
import { matchGitlabPublishers } from './match-gitlab';
import { matchPublishers } from './match-publisher';
import {
  type AnyPublisher,
  type GithubPublisher,
  type GitlabPublisher,
  isGitlabPublisher,
  type TrustedPublishingConfig,
} from './publisher-config';
import { verifyToken } from './verify-token';

/** How long a minted upload token lives (PYPI.md §1). */
export const MINTED_TOKEN_SECONDS = 900;

export interface TokenGrant {
  /** A stable description of the publisher, e.g. "github:owner/repo/release.yml@pypi". */
  publisher: string;
  /** Normalised names of the projects the token may upload to. */
  projects: string[];
  /** Normalised names of projects a pending publisher creates (a subset of `projects`). */
  createProjects: string[];
  /** Unix seconds. */
  expiresAt: number;
}

export interface ExchangeDeps {
  config: TrustedPublishingConfig;
  keys: KeySource;
  /** The GitLab issuer's keys, when `config.gitlab` is set. */
  gitlabKeys?: KeySource | undefined;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Remembers a token id until it expires; false when it was already used. */
  jti: { claim(jti: string, expiresAtSeconds: number): boolean };
  projectExists(name: string): boolean;
  /**
   * Whether `publisher` created `project` through an earlier exchange. PyPI turns a pending publisher into a
   * regular one once it has created its project; the index records the creation instead, with the same effect.
   */
  createdBy(publisher: string, project: string): boolean;
  /** Mints the `pypi-…` upload token for this grant. */
  issueToken(grant: TokenGrant): string;
}

export type ExchangeErrorCode =
  | 'invalid-payload'
  | 'not-enabled'
  | 'invalid-token'
  | 'invalid-pending-publisher'
  | 'invalid-publisher'
  | 'invalid-reuse-token';

export type ExchangeResult =
  | { status: 200; body: { success: true; token: string; expires: number } }
  | {
      status: 422;
      body: { message: 'Token request failed'; errors: { code: ExchangeErrorCode; description: string }[] };
    }
  | { status: 403 | 404; body: { message: string } };

/**
 * `POST /_/oidc/mint-token` (PYPI.md §1): verifies a GitHub ID token and mints an upload token for the
 * publisher it matches. Throws only on internal faults (the issuer's keys cannot be fetched: KeySourceError).
 */
export async function exchangeToken(body: unknown, deps: ExchangeDeps): Promise<ExchangeResult> {
  const token = readPayload(body);
  if (typeof token !== 'string') return refuse('invalid-payload', token.error);
  if (!deps.config.enabled) return refuse('not-enabled', NOT_ENABLED);

  const now = deps.clock();
  const provider = providerOf(token, deps);
  const { audience } = deps.config;
  const verified = await verifyToken(token, { keys: provider.keys, issuer: provider.issuer, audience, now });
  if (!verified.ok) return refuse('invalid-token', verified.description);
  const { claims } = verified;

  const pending = provider.match(deps.config.publishers.filter(isPending), claims);
  const match = pending.ok
    ? pending
    : provider.match(
        deps.config.publishers.filter((p) => !isPending(p)),
        claims,
      );
  if (!match.ok) {
    const reason = pending.ok || pending.depth <= match.depth ? match.reason : pending.reason;
    return refuse('invalid-publisher', `valid token, but no corresponding publisher (${reason})`);
  }

  const projects = projectsOf(match);
  let createProjects: string[] = [];
  if (pending.ok) {
    const existing = projects.filter(
      (name) => deps.projectExists(name) && !deps.createdBy(match.publisher, name),
    );
    if (existing.length > 0) {
      return refuse(
        'invalid-pending-publisher',
        `valid token, but project ${existing.join(', ')} already exists: a pending publisher can only create ` +
          'a new project; configure it as a regular publisher of the existing project',
      );
    }
    createProjects = projects.filter((name) => !deps.projectExists(name));
  }

  if (!deps.jti.claim(claims.jti, claims.exp ?? 0)) {
    return refuse(
      'invalid-reuse-token',
      'invalid token: already used (each GitHub token can be exchanged once)',
    );
  }
  const expiresAt = Math.floor(now / 1000) + MINTED_TOKEN_SECONDS;
  const minted = deps.issueToken({ publisher: match.publisher, projects, createProjects, expiresAt });
  return { status: 200, body: { success: true, token: minted, expires: expiresAt } };
}

function isPending(publisher: AnyPublisher): boolean {
  return publisher.pending === true;
}

type Match =
  | { ok: true; publisher: string; entries: ReadonlyArray<{ projects: string[] }> }
  | { ok: false; depth: number; reason: string };

interface Provider {
  readonly issuer: string;
  readonly keys: KeySource;
  match(publishers: readonly AnyPublisher[], claims: Readonly<Record<string, unknown>>): Match;
}

/**
 * GitHub or GitLab, chosen like Warehouse chooses the publisher service: by the token's (not yet verified) `iss`.
 * The token is then verified against that issuer's keys, and only that provider's publishers are considered.
 */
function providerOf(token: string, deps: ExchangeDeps): Provider {
  const gitlab = deps.config.gitlab;
  let iss: unknown;
  try {
    iss = decodeJwt(token).iss;
  } catch {
    iss = undefined;
  }
  if (gitlab !== undefined && iss === gitlab.issuer) {
    return {
      issuer: gitlab.issuer,
      keys: deps.gitlabKeys ?? deps.keys,
      match: (publishers, claims) =>
        matchGitlabPublishers(
          publishers.filter(isGitlabPublisher) as GitlabPublisher[],
          claims,
          gitlab.issuer,
        ),
    };
  }
  return {
    issuer: deps.config.issuer,
    keys: deps.keys,
    match: (publishers, claims) =>
      matchPublishers(
        publishers.filter((p): p is GithubPublisher => !isGitlabPublisher(p)),
        claims,
      ),
  };
}

function projectsOf(match: Extract<Match, { ok: true }>): string[] {
  return [...new Set(match.entries.flatMap((entry) => entry.projects.map(normalizeName)))];
}

const PAYLOAD_SHAPE = 'the body must be a JSON object {"token": "<GitHub ID token>"}';

function readPayload(body: unknown): string | { error: string } {
  let value = body;
  if (typeof value === 'string' || value instanceof Uint8Array) {
    try {
      value = JSON.parse(typeof value === 'string' ? value : new TextDecoder().decode(value));
    } catch {
      return { error: `${PAYLOAD_SHAPE}; it is not JSON` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: PAYLOAD_SHAPE };
  const token = (value as { token?: unknown }).token;
  if (typeof token !== 'string' || token === '') return { error: `${PAYLOAD_SHAPE}; "token" is missing` };
  try {
    decodeJwt(token);
  } catch {
    return { error: 'could not decode the provided JWT' };
  }
  return token;
}

function refuse(code: ExchangeErrorCode, description: string): ExchangeResult {
  return { status: 422, body: { message: 'Token request failed', errors: [{ code, description }] } };
}
