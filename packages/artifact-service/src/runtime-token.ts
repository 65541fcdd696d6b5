import { createHmac } from 'node:crypto';
import { jwtVerify } from 'jose';

/** The workflow run and job a runtime token was issued for (the client's "backend ids"). */
export interface BackendIds {
  readonly runId: string;
  readonly jobId: string;
}

/**
 * Mints and checks ACTIONS_RUNTIME_TOKEN values. `@actions/artifact` only decodes the token: it reads the `scp`
 * claim, space-separated scopes, and takes the backend ids from the one shaped `Actions.Results:<run>:<job>`.
 */
export interface RuntimeTokens {
  mint(ids: BackendIds): string;
  /** The ids of a valid token, or undefined (bad signature, expired, no Actions.Results scope). */
  verify(token: string): Promise<BackendIds | undefined>;
}

export function createRuntimeTokens(
  secret: Uint8Array,
  clock: () => number = Date.now,
  lifetimeSeconds = 6 * 3600,
): RuntimeTokens {
  return {
    mint: (ids) => {
      const iat = Math.floor(clock() / 1000);
      const scp = `Actions.GenericRead:00000000 Actions.Results:${ids.runId}:${ids.jobId}`;
      const header = base64url({ alg: 'HS256', typ: 'JWT' });
      const payload = base64url({ scp, iat, nbf: iat, exp: iat + lifetimeSeconds });
      const signature = createHmac('sha256', secret).update(`${header}.${payload}`).digest('base64url');
      return `${header}.${payload}.${signature}`;
    },
    verify: async (token) => {
      try {
        const currentDate = new Date(clock());
        const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], currentDate });
        return typeof payload.scp === 'string' ? backendIdsOf(payload.scp) : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

/** The backend ids in a space-separated scope list, read the way the client reads them. */
export function backendIdsOf(scopes: string): BackendIds | undefined {
  for (const scope of scopes.split(' ')) {
    const parts = scope.split(':');
    if (parts[0] !== 'Actions.Results') continue;
    const [, runId, jobId] = parts;
    return parts.length === 3 && runId && jobId ? { runId, jobId } : undefined;
  }
  return undefined;
}

function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
