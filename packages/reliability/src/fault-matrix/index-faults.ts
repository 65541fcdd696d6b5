import { mkdir } from 'node:fs/promises';
import { type FaultSpecInput, faultSpecSchema, type RunningIndex } from '@pypi-release/index';
import type { OidcIssuer } from '@pypi-release/oidc-issuer';
import {
  type Clock,
  DEFAULT_RETRY_POLICY,
  envIdTokenProvider,
  type PublishError,
  publish,
  trustedPublishingCredentials,
} from '@pypi-release/pypi-client';
import { Agent } from 'undici';
import { compareLanded, type Damage, readLanded } from '../landed';
import type { BuiltRelease } from '../release-fixture';
import type { SecretScanner } from '../secret-scanner';
import { startTrustedIndex } from '../trusted-index';

/** A fault the local index injects into uploads, and the words a failure it causes must contain. */
export interface IndexFault {
  readonly id: string;
  readonly spec: Omit<FaultSpecInput, 'filename' | 'count'>;
  readonly cause: RegExp;
}

export const INDEX_FAULTS: readonly IndexFault[] = [
  { id: '503', spec: { kind: 'status-503' }, cause: /503 Service Unavailable/ },
  { id: '500', spec: { kind: 'status-500' }, cause: /500 Internal Server Error/ },
  { id: '502', spec: { kind: 'status-502' }, cause: /502 Bad Gateway/ },
  { id: '429 + Retry-After', spec: { kind: 'status-429', retryAfter: 2 }, cause: /429 Too Many Requests/ },
  {
    id: '429, no Retry-After',
    spec: { kind: 'status-429', retryAfter: null },
    cause: /429 Too Many Requests/,
  },
  {
    id: 'reset mid-body',
    spec: { kind: 'reset' },
    cause: /the connection failed \((ECONNRESET|UND_ERR_SOCKET)/,
  },
  { id: 'stalled server', spec: { kind: 'stall' }, cause: /no progress for \d/ },
  { id: 'dropped after store', spec: { kind: 'drop-after-store' }, cause: /the connection failed/ },
  {
    id: '403 token revoked',
    spec: { kind: 'revoke-token' },
    cause: /403 Invalid or non-existent authentication/,
  },
  { id: 'token expiry', spec: { kind: 'expire-token' }, cause: /403 Invalid API Token: token is expired/ },
];

/** `transient`: the fault hits the file once; `outage`: every attempt at it, until the re-run. */
export type Variant = 'transient' | 'outage';

/** What one publish run did. */
export interface RunRecord {
  readonly error: PublishError | Error | undefined;
  readonly landed: number;
  readonly damage: Damage;
  /** The waits the retry policy asked for, in milliseconds. */
  readonly waits: number[];
  readonly log: string[];
}

export interface CaseRecord {
  readonly first: RunRecord;
  readonly rerun: RunRecord;
}

/** Without a stalled answer, an upload of these small files never goes this long without progress. */
const STALL_MS = 1_000;

/**
 * One case of the matrix: a fresh index with the fault armed for `target`, a publish run with Trusted
 * Publishing (every retry wait recorded, not slept), then the fault cleared and a plain re-run.
 */
export async function runIndexCase(
  release: BuiltRelease,
  fault: IndexFault,
  target: string,
  variant: Variant,
  env: { dir: string; issuer: OidcIssuer; scanner: SecretScanner },
): Promise<CaseRecord> {
  await mkdir(env.dir, { recursive: true });
  const index = await startTrustedIndex(env.dir, env.issuer, release.name, env.scanner);
  try {
    index.faults.add(
      faultSpecSchema.parse({
        ...fault.spec,
        filename: `^${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        count: variant === 'transient' ? 1 : 1_000,
      }),
    );
    const first = await publishOnce(release, index, env);
    index.faults.clear();
    const rerun = await publishOnce(release, index, env);
    return { first, rerun };
  } finally {
    await index.close(100);
  }
}

async function publishOnce(
  release: BuiltRelease,
  index: RunningIndex,
  env: { issuer: OidcIssuer; scanner: SecretScanner },
): Promise<RunRecord> {
  const agent = new Agent();
  const log: string[] = [];
  const waits: number[] = [];
  const clock: Clock = {
    now: () => Date.now(),
    sleep: async (ms) => {
      waits.push(ms);
    },
    random: () => 0.5,
  };
  const logger = {
    info: (m: string) => log.push(m),
    warning: (m: string) => log.push(`warning: ${m}`),
    debug: (m: string) => log.push(`debug: ${m}`),
  };
  let error: PublishError | Error | undefined;
  try {
    await publish({
      paths: release.files.map((f) => f.path),
      repositoryUrl: index.uploadUrl,
      dispatcher: agent,
      skipExisting: true, // the reusable workflow's default
      logger,
      clock,
      stallTimeoutMs: STALL_MS,
      credentials: (endpoints) =>
        trustedPublishingCredentials({
          endpoints,
          getIdToken: envIdTokenProvider(
            {
              ACTIONS_ID_TOKEN_REQUEST_URL: env.issuer.requestUrl,
              ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.issuer.requestToken,
            },
            agent,
          ),
          dispatcher: agent,
          clock,
          policy: DEFAULT_RETRY_POLICY,
          logger,
          maskSecret: (secret) => env.scanner.addMasked(secret),
        }),
    });
  } catch (caught) {
    error = caught instanceof Error ? caught : new Error(String(caught));
  } finally {
    await agent.close();
  }
  const landed = await readLanded(index.simpleUrl, release.name);
  return { error, landed: landed.length, damage: compareLanded(release.files, landed), waits, log };
}

/** The three positions of the matrix, by upload order: the sdist goes first, the wheels after it in name order. */
export function positions(release: BuiltRelease): Array<[label: string, filename: string]> {
  const files = release.files;
  const at = (i: number): string => files[i]?.filename ?? '';
  return [
    ['first', at(0)],
    ['middle', at(Math.floor(files.length / 2))],
    ['last', at(files.length - 1)],
  ];
}
