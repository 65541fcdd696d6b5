import { createHash, timingSafeEqual } from 'node:crypto';
import { normalizeName } from '@pypi-release/dists';
import type { CredentialsStore } from '../storage/credentials-store';

/** Who is uploading: an API token (from the configuration) or a token minted by Trusted Publishing. */
export type Identity =
  | { readonly kind: 'api-token'; readonly projects: ReadonlySet<string> | undefined }
  | { readonly kind: 'account'; readonly projects: ReadonlySet<string> | undefined }
  | {
      readonly kind: 'trusted-publisher';
      readonly publisher: string;
      readonly projects: ReadonlySet<string>;
    };

export type AuthResult =
  | { readonly ok: true; readonly identity: Identity }
  | { readonly ok: false; readonly message: string };

export interface ConfiguredToken {
  readonly token: string;
  readonly projects?: readonly string[] | undefined;
}

export interface ConfiguredAccount {
  readonly username: string;
  readonly password: string;
  readonly projects?: readonly string[] | undefined;
}

export const INVALID_AUTH =
  'Invalid or non-existent authentication information. See {help}/help/#invalid-auth for more information.';
export const PASSWORD_AUTH =
  'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. ' +
  'See {help}/help/#apitoken and {help}/help/#trusted-publishers';

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The user and password of a Basic Authorization header, or undefined. */
export function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Checks a presented token against the configured ones in constant time (sha256 of both, every entry compared). */
export function matchConfiguredToken(
  presented: string,
  tokens: readonly ConfiguredToken[],
): ConfiguredToken | undefined {
  const digest = sha256(presented);
  let found: ConfiguredToken | undefined;
  for (const entry of tokens) {
    if (timingSafeEqual(digest, sha256(entry.token)) && !found) found = entry;
  }
  return found;
}

export interface Authenticator {
  authenticate(authorization: string | undefined, nowSeconds: number): AuthResult;
  /**
   * Fault injection: the token in `authorization` is revoked, or expires at `nowSeconds`, from now on. A minted
   * token is changed in the store; a configured one is refused by this authenticator until the index restarts.
   */
  invalidate(authorization: string | undefined, how: 'revoked' | 'expired', nowSeconds: number): void;
}

const EXPIRED = 'Invalid API Token: token is expired';

/** An account whose username and password both match, compared in constant time over every entry. */
function matchAccount(
  user: string,
  password: string,
  accounts: readonly ConfiguredAccount[],
): ConfiguredAccount | undefined {
  const digest = sha256(`${user}\u0000${password}`);
  let found: ConfiguredAccount | undefined;
  for (const entry of accounts) {
    if (timingSafeEqual(digest, sha256(`${entry.username}\u0000${entry.password}`)) && !found) found = entry;
  }
  return found;
}

function projectSet(projects: readonly string[] | undefined): ReadonlySet<string> | undefined {
  return projects ? new Set(projects.map(normalizeName)) : undefined;
}

/**
 * PyPI's upload authentication: Basic `__token__:<token>`; minted tokens expire. Passwords are refused as on
 * PyPI, unless the index has `accounts` (a private index): then a matching username + password authenticates.
 */
export function createAuthenticator(
  tokens: readonly ConfiguredToken[],
  credentials: CredentialsStore,
  helpBase: string,
  accounts: readonly ConfiguredAccount[] = [],
): Authenticator {
  const invalid = INVALID_AUTH.replaceAll('{help}', helpBase);
  /** Configured tokens invalidated by a fault, by the sha256 of the token. */
  const invalidated = new Map<string, 'revoked' | 'expired'>();
  return {
    invalidate(authorization, how, nowSeconds) {
      const basic = parseBasic(authorization);
      if (!basic) return;
      const digest = sha256Hex(basic.password);
      if (matchConfiguredToken(basic.password, tokens)) invalidated.set(digest, how);
      else if (how === 'revoked') credentials.revokeToken(digest);
      else credentials.expireToken(digest, nowSeconds);
    },
    authenticate(authorization, nowSeconds) {
      const basic = parseBasic(authorization);
      if (!basic) return { ok: false, message: invalid };
      if (basic.user !== '__token__') {
        if (accounts.length === 0) {
          return { ok: false, message: PASSWORD_AUTH.replaceAll('{help}', helpBase) };
        }
        const account = matchAccount(basic.user, basic.password, accounts);
        if (!account) return { ok: false, message: invalid };
        return { ok: true, identity: { kind: 'account', projects: projectSet(account.projects) } };
      }
      const configured = matchConfiguredToken(basic.password, tokens);
      const state = configured ? invalidated.get(sha256Hex(basic.password)) : undefined;
      if (state) return { ok: false, message: state === 'expired' ? EXPIRED : invalid };
      if (configured) {
        const projects = configured.projects ? new Set(configured.projects.map(normalizeName)) : undefined;
        return { ok: true, identity: { kind: 'api-token', projects } };
      }
      const minted = credentials.token(sha256Hex(basic.password));
      if (!minted) return { ok: false, message: invalid };
      if (minted.expires_at <= nowSeconds) return { ok: false, message: EXPIRED };
      const projects = new Set((JSON.parse(minted.projects) as string[]).map(normalizeName));
      return { ok: true, identity: { kind: 'trusted-publisher', publisher: minted.publisher, projects } };
    },
  };
}

/** The 403 message when `identity` may not upload to `project`, or undefined when it may. */
export function scopeRefusal(identity: Identity, projectName: string): string | undefined {
  const normalized = normalizeName(projectName);
  if (identity.kind === 'account') {
    if (!identity.projects || identity.projects.has(normalized)) return undefined;
    return `The user is not allowed to upload to project '${normalized}'`;
  }
  if (identity.kind === 'api-token') {
    if (!identity.projects || identity.projects.has(normalized)) return undefined;
    return `Invalid API Token: project-scoped token is not valid for project: '${normalized}'`;
  }
  if (identity.projects.has(normalized)) return undefined;
  return `Invalid API Token: OIDC scoped token is not valid for project '${projectName}'`;
}
