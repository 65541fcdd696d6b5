import { closeServer, listen } from '@pypi-release/net';
import { initializeCA, initializeCTLog } from '@sigstore/mock/dist/fulcio/index.js';
import { initializeTLog, type TLog } from '@sigstore/mock/dist/rekor/index.js';
import { generateKeyPair } from '@sigstore/mock/dist/util/key.js';
import { type SigstoreFault, SigstoreFaults, type SigstoreService } from './faults';
import { createSigningCertificate, SIGNING_CERT_PATH, toPem } from './fulcio';
import { createJsonServer, type ReceivedRequest } from './json-server';
import { LOG_ENTRIES_PATH } from './rekor';
import { RekorLog } from './rekor-log';
import { createTokenVerifier, type TrustedIssuer } from './token-verifier';
import { buildTrustedRoot, type TrustedRootJson } from './trusted-root';

export interface LocalSigstoreOptions {
  /** The OIDC issuers this Fulcio accepts tokens from (real Fulcio: its configured issuer list). */
  issuers: readonly TrustedIssuer[];
  host?: string;
  /** Milliseconds since the epoch, for token expiry checks. Certificates and log times use the real clock. */
  clock?: () => number;
  /** Faults queued from the start, as `faults.next(service, fault)` queues them (tests only). */
  faults?: readonly (SigstoreFault & { service: SigstoreService })[];
  /** Sees every request Fulcio and Rekor answer, headers and body as sent (a secret scan reads them). */
  onRequest?: (service: SigstoreService, request: ReceivedRequest) => void;
}

/** Fulcio and Rekor v1 on loopback, with the trusted root that verifies what they issue. */
export interface LocalSigstore {
  readonly fulcioUrl: string;
  readonly rekorUrl: string;
  /** The `trusted_root.json` content for this instance (its CA, Rekor and CT log keys). */
  readonly trustedRoot: TrustedRootJson;
  /** How many certificates Fulcio issued and entries Rekor logged. */
  readonly counts: { certificates: number; entries: number };
  /** How many HTTP requests each service received, faulted or not (a retry is one more request). */
  readonly requests: Record<SigstoreService, number>;
  /** Fault injection (tests only): `faults.next('rekor', { kind: 'status', status: 503 })`. */
  readonly faults: SigstoreFaults;
  close(): Promise<void>;
}

export async function startLocalSigstore(options: LocalSigstoreOptions): Promise<LocalSigstore> {
  const host = options.host ?? '127.0.0.1';
  const validFrom = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  const ctLog = await initializeCTLog(generateKeyPair('prime256v1'));
  const ca = await initializeCA(generateKeyPair('prime256v1'), ctLog);
  const verifyToken = createTokenVerifier(options.issuers, options.clock ?? Date.now);
  const counts = { certificates: 0, entries: 0 };
  const requests: Record<SigstoreService, number> = { fulcio: 0, rekor: 0 };
  const faults = new SigstoreFaults();
  for (const { service, ...fault } of options.faults ?? []) faults.next(service, fault);
  const takeFault = (service: SigstoreService) => () => {
    requests[service] += 1;
    return faults.take(service);
  };

  const fulcio = createJsonServer(
    [
      {
        method: 'POST',
        path: SIGNING_CERT_PATH,
        handle: async (body) => {
          const response = await createSigningCertificate(body, verifyToken, ca);
          counts.certificates += 1;
          return [201, response];
        },
      },
      {
        method: 'GET',
        path: '/api/v2/trustBundle',
        handle: async () => [200, { chains: [{ certificates: [toPem(ca.rootCertificate)] }] }],
      },
    ],
    { takeFault: takeFault('fulcio'), onRequest: (r) => options.onRequest?.('fulcio', r) },
  );
  const fulcioUrl = await listen(fulcio, host, 0);

  // Rekor's checkpoints name the log by its host, so the log is created once the server has its address.
  let tlog: TLog | undefined;
  const log = new RekorLog(() => {
    if (tlog === undefined) throw new Error('the log is not initialised yet');
    return tlog;
  });
  const rekor = createJsonServer(
    [
      {
        method: 'POST',
        path: LOG_ENTRIES_PATH,
        handle: async (body) => {
          const created = await log.create(body);
          counts.entries += 1;
          const [entryId = ''] = Object.keys(created.body);
          return [201, created.body, { location: created.location, etag: entryId }];
        },
      },
      {
        method: 'GET',
        path: new RegExp(`^${LOG_ENTRIES_PATH}/([^/]+)$`),
        handle: async (_, [id]) => [200, log.get(id ?? '')],
      },
    ],
    { takeFault: takeFault('rekor'), onRequest: (r) => options.onRequest?.('rekor', r) },
  );
  const rekorUrl = await listen(rekor, host, 0);
  tlog = await initializeTLog(rekorUrl, generateKeyPair('prime256v1'));

  const trustedRoot = buildTrustedRoot({
    fulcioUrl,
    rekorUrl,
    rootCertificate: bytes(ca.rootCertificate),
    rekorPublicKey: new Uint8Array(tlog.publicKey),
    ctLogPublicKey: new Uint8Array(ctLog.publicKey),
    validFrom,
  });
  return {
    fulcioUrl,
    rekorUrl,
    trustedRoot,
    counts,
    requests,
    faults,
    close: async () => {
      await Promise.all([closeServer(fulcio), closeServer(rekor)]);
    },
  };
}

function bytes(view: ArrayBufferView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}
