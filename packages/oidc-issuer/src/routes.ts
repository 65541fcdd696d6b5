import type { JSONWebKeySet } from 'jose';

export const DISCOVERY_PATH = '/.well-known/openid-configuration';
export const JWKS_PATH = '/.well-known/jwks';
export const TOKEN_PATH = '/token';

/** The claims GitHub lists in its discovery document. */
const CLAIMS_SUPPORTED = [
  'sub',
  'aud',
  'exp',
  'iat',
  'iss',
  'jti',
  'nbf',
  'ref',
  'sha',
  'repository',
  'repository_id',
  'repository_owner',
  'repository_owner_id',
  'run_id',
  'run_number',
  'run_attempt',
  'actor',
  'actor_id',
  'workflow',
  'workflow_ref',
  'workflow_sha',
  'event_name',
  'ref_type',
  'ref_protected',
  'environment',
  'job_workflow_ref',
  'job_workflow_sha',
  'repository_visibility',
  'runner_environment',
];

export interface IssuerRequest {
  method: string;
  /** Path and query, as in `IncomingMessage.url`. */
  url: string;
  authorization: string | undefined;
}

export interface IssuerResponse {
  status: number;
  body: unknown;
}

export interface IssuerState {
  /** The `iss` of the tokens and of the discovery document. */
  issuer: string;
  /** Where this server listens; the JWKS is served from here. */
  baseUrl: string;
  requestToken: string;
  jwks(): JSONWebKeySet;
  /** Mints a token for the current job with this audience (undefined: GitHub's default). */
  mint(audience: string | undefined): Promise<string>;
}

/** Answers one request: discovery, JWKS, or the runner's token endpoint. */
export async function route(request: IssuerRequest, state: IssuerState): Promise<IssuerResponse> {
  const url = new URL(request.url, state.baseUrl);
  if (request.method !== 'GET') return { status: 405, body: { message: `${request.method} is not allowed` } };
  switch (url.pathname) {
    case DISCOVERY_PATH:
      return { status: 200, body: discoveryDocument(state) };
    case JWKS_PATH:
      return { status: 200, body: state.jwks() };
    case TOKEN_PATH:
      return tokenResponse(request, url, state);
    default:
      return { status: 404, body: { message: `no such endpoint: ${url.pathname}` } };
  }
}

function discoveryDocument(state: IssuerState): Record<string, unknown> {
  return {
    issuer: state.issuer,
    jwks_uri: `${state.baseUrl}${JWKS_PATH}`,
    subject_types_supported: ['public', 'pairwise'],
    response_types_supported: ['id_token'],
    claims_supported: CLAIMS_SUPPORTED,
    id_token_signing_alg_values_supported: ['RS256'],
    scopes_supported: ['openid'],
  };
}

async function tokenResponse(request: IssuerRequest, url: URL, state: IssuerState): Promise<IssuerResponse> {
  if (request.authorization !== `Bearer ${state.requestToken}`) {
    const message =
      request.authorization === undefined
        ? 'missing Authorization: Bearer <ACTIONS_ID_TOKEN_REQUEST_TOKEN>'
        : 'the bearer token is not this runner’s ACTIONS_ID_TOKEN_REQUEST_TOKEN';
    return { status: 401, body: { message } };
  }
  const audience = url.searchParams.get('audience');
  const value = await state.mint(audience === null || audience === '' ? undefined : audience);
  return { status: 200, body: { value } };
}
