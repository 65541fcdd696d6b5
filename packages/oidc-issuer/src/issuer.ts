import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { closeServer, listen } from '@pypi-release/net';
import { defaultAudience, jobClaims } from './claims';
import { createKeyRing } from './key-ring';
import { type IssuerState, route, TOKEN_PATH } from './routes';
import {
  type AnyJobClaims,
  type SignOptions,
  signToken,
  type TokenClaims,
  type TokenContext,
  tokenPayload,
} from './sign-token';

export interface OidcIssuerOptions {
  host?: string;
  port?: number;
  /** The `iss` of its tokens and discovery document. Default: its own URL. */
  issuer?: string;
  /** The runner's ACTIONS_ID_TOKEN_REQUEST_TOKEN. Default: random. */
  requestToken?: string;
  lifetimeSeconds?: number;
  /** Milliseconds since the epoch. */
  clock?: () => number;
  /** The job whose tokens the endpoint issues until `setJob`. Default: a release job of octo-org/octo-repo. */
  job?: AnyJobClaims;
}

/** A GitHub-shaped OIDC issuer listening on loopback: discovery, JWKS and the runner's token endpoint. */
export interface OidcIssuer {
  /** The issuer's base URL (where it listens). */
  readonly url: string;
  /** The `iss` of its tokens (equal to `url` unless configured). */
  readonly issuer: string;
  /** A value for ACTIONS_ID_TOKEN_REQUEST_URL; it already contains `?`. */
  readonly requestUrl: string;
  /** The value for ACTIONS_ID_TOKEN_REQUEST_TOKEN. */
  readonly requestToken: string;
  /** How many tokens the token endpoint has issued (not counting `sign`). */
  readonly issuedCount: number;
  /** Every token the token endpoint has issued, in order (canaries for secret scans). */
  readonly issued: readonly string[];
  /** The identity the next token requests get (a GitHub job, or a GitLab job from `gitlabClaims`). */
  setJob(claims: AnyJobClaims): void;
  /** Mints a token directly: the current job's claims, overridden by `claims`; `options` craft bad tokens. */
  sign(claims: TokenClaims, options?: SignOptions): Promise<string>;
  /** Starts signing with a new key (the JWKS keeps the old ones); returns its `kid`. */
  rotateKey(): Promise<string>;
  close(): Promise<void>;
}

export async function startOidcIssuer(options: OidcIssuerOptions = {}): Promise<OidcIssuer> {
  const keys = await createKeyRing();
  const clock = options.clock ?? Date.now;
  const lifetimeSeconds = options.lifetimeSeconds ?? 300;
  const requestToken = options.requestToken ?? randomBytes(24).toString('base64url');
  let job: AnyJobClaims = options.job ?? jobClaims({ repository: 'octo-org/octo-repo' });
  const issued: string[] = [];

  const state: IssuerState = {
    issuer: '',
    baseUrl: '',
    requestToken,
    jwks: () => keys.jwks(),
    mint: async (audience) => {
      const aud = audience ?? ('repository_owner' in job ? defaultAudience(job) : state.issuer);
      const token = await mintFor(job, { aud });
      issued.push(token);
      return token;
    },
  };
  const context = (): TokenContext => ({
    issuer: state.issuer,
    lifetimeSeconds,
    nowSeconds: Math.floor(clock() / 1000),
    key: keys.current(),
  });
  const mintFor = (
    current: AnyJobClaims,
    claims: TokenClaims,
    signOptions: SignOptions = {},
  ): Promise<string> => {
    const ctx = context();
    return signToken(tokenPayload(ctx, current, claims, signOptions.omit), ctx.key, signOptions);
  };

  const server = createServer((request, response) => serve(request, response, state));
  const url = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  state.baseUrl = url;
  state.issuer = options.issuer ?? url;

  return {
    url,
    issuer: state.issuer,
    requestUrl: `${url}${TOKEN_PATH}?api-version=2.0`,
    requestToken,
    get issuedCount() {
      return issued.length;
    },
    issued,
    setJob: (claims) => {
      job = claims;
    },
    sign: (claims, signOptions) => mintFor(job, claims, signOptions),
    rotateKey: async () => (await keys.rotate()).kid,
    close: () => closeServer(server),
  };
}

function serve(request: IncomingMessage, response: ServerResponse, state: IssuerState): void {
  route(
    {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      authorization: request.headers.authorization,
    },
    state,
  )
    .catch((error: unknown) => ({ status: 500, body: { message: String(error) } }))
    .then(({ status, body }) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    });
}
