/** The Twirp error codes this service answers with, and the HTTP status Twirp maps each to. */
export const TWIRP_STATUS = {
  invalid_argument: 400,
  malformed: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  bad_route: 404,
  already_exists: 409,
  internal: 500,
  unavailable: 503,
} as const;

export type TwirpCode = keyof typeof TWIRP_STATUS;

export interface TwirpReply {
  readonly status: number;
  readonly body: unknown;
}

/** A Twirp error body: `{"code", "msg"}` (the client appends `msg` to its error message). */
export function twirpError(code: TwirpCode, msg: string): TwirpReply {
  return { status: TWIRP_STATUS[code], body: { code, msg } };
}
