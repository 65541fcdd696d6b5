import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { productionTrustedRoot, type TrustMaterial, trustMaterialFrom } from '@pypi-release/attestations';
import type { IndexConfig } from './config';
import { defaultConfig, parseConfig } from './config';
import { FaultInjector } from './faults';
import { createAuthenticator } from './http/auth';
import { sendError } from './http/respond';
import { hasLatency, holdResponse, serverMs, startLatencyRelay } from './latency';
import { createKeySource, type KeySource } from './oidc/index';
import { createOidcRoutes } from './oidc-bridge';
import { route } from './router';
import { openStorage, type Storage } from './storage/storage';

export interface StartIndexOptions {
  /** Default 127.0.0.1. */
  readonly host?: string;
  /** Default 0: any free port. */
  readonly port?: number;
  readonly dataDir: string;
  readonly config?: IndexConfig;
  /** A token that may upload to every project (quick local use). */
  readonly apiToken?: string;
  /** Milliseconds since the epoch (default Date.now); drives the 14-day rule and token expiry. */
  readonly clock?: () => number;
  /** Enables `POST /_admin/faults` (loopback only). */
  readonly faults?: boolean;
  /** The OIDC issuer's keys (default: discovered from the configured issuer). */
  readonly keySource?: KeySource;
  /** Hears every upload token Trusted Publishing mints (tests use them as canaries in secret scans). */
  readonly onTokenMinted?: (token: string) => void;
  /** Hears each request once its response is finished (a request log: what pip fetched, for instance). */
  readonly onRequest?: (request: IndexRequest) => void;
  /** Called with unexpected errors of a request (default: written to stderr). */
  readonly onError?: (error: unknown) => void;
  /**
   * The Sigstore `trusted_root.json` (parsed) that uploaded attestations must verify against. Default: Sigstore's
   * production root, as PyPI uses; a local Sigstore (`@pypi-release/sigstore-local`) passes its own.
   */
  readonly sigstoreTrustedRoot?: unknown;
}

/** One request the index answered. */
export interface IndexRequest {
  readonly method: string;
  /** The path and query, as requested. */
  readonly url: string;
  readonly status: number;
}

export interface RunningIndex {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `${url}/legacy/` */
  readonly uploadUrl: string;
  /** `${url}/simple/` */
  readonly simpleUrl: string;
  readonly port: number;
  readonly storage: Storage;
  /** The fault injector (config faults, and the admin endpoint's). */
  readonly faults: FaultInjector;
  /** Stops accepting, lets requests in flight finish (aborting them after `graceMs`), closes the database. */
  close(graceMs?: number): Promise<void>;
}

/** Help links in messages point where PyPI's do, so messages read exactly like PyPI's. */
const HELP_BASE = 'https://pypi.org';

export async function startIndex(options: StartIndexOptions): Promise<RunningIndex> {
  const config = options.config ? parseConfig(options.config, 'options.config') : defaultConfig();
  const clock = options.clock ?? Date.now;
  const storage = await openStorage(options.dataDir);
  const tokens = options.apiToken ? [...config.tokens, { token: options.apiToken }] : config.tokens;
  const faults = new FaultInjector(config.faults);
  const tp = config.trustedPublishing;
  const keys = options.keySource ?? (tp?.enabled ? createKeySource(tp.issuer, { clock }) : undefined);
  const gitlab = tp?.enabled ? tp.gitlab : undefined;
  const gitlabKeys = gitlab
    ? createKeySource(gitlab.issuer, { clock, discoveryBase: gitlab.discoveryUrl })
    : undefined;
  const onError =
    options.onError ??
    ((error: unknown) =>
      process.stderr.write(`index: ${error instanceof Error ? error.stack : String(error)}\n`));
  let base = '';
  const auth = createAuthenticator(tokens, storage.credentials, HELP_BASE, config.accounts);
  const deps = {
    storage,
    upload: {
      storage,
      config,
      auth,
      faults,
      clock,
      help: HELP_BASE,
      attestationTrust: lazyTrust(options.sigstoreTrustedRoot),
    },
    oidc: createOidcRoutes(tp, keys, storage, clock, options.onTokenMinted, gitlabKeys),
    adminFaults: options.faults ? faults : undefined,
    read: { authOnRead: config.authOnRead, htmlOnly: config.htmlOnly, auth, clock },
    base: () => base,
  };
  const inFlight = new Set<Promise<void>>();
  const latency = hasLatency(config.latency) ? config.latency : undefined;
  const server: Server = createServer((req, res) => {
    const { onRequest } = options;
    if (latency) holdResponse(res, serverMs(latency, req));
    if (onRequest)
      res.once('finish', () =>
        onRequest({ method: req.method ?? '', url: req.url ?? '', status: res.statusCode }),
      );
    const work = route(req, res, deps)
      .catch((error: unknown) => {
        onError(error);
        sendError(req, res, 500, 'Internal Server Error');
      })
      .finally(() => inFlight.delete(work));
    inFlight.add(work);
  });
  server.requestTimeout = 0; // large uploads on slow links must not be cut by Node's default 5 minutes
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // With a latency profile the index itself listens on an ephemeral loopback port, behind the relay.
    server.listen(
      latency ? 0 : (options.port ?? 0),
      latency ? '127.0.0.1' : (options.host ?? '127.0.0.1'),
      () => {
        server.off('error', reject);
        resolve();
      },
    );
  });
  const address = server.address() as AddressInfo;
  const relay = latency
    ? await startLatencyRelay(
        latency,
        { host: address.address, port: address.port },
        { host: options.host ?? '127.0.0.1', port: options.port ?? 0 },
      )
    : undefined;
  const listening = relay ? relay.address : address;
  const host = listening.family === 'IPv6' ? `[${listening.address}]` : listening.address;
  base = `http://${host}:${listening.port}`;
  let closing: Promise<void> | undefined;
  return {
    url: base,
    uploadUrl: `${base}/legacy/`,
    simpleUrl: `${base}/simple/`,
    port: listening.port,
    storage,
    faults,
    close(graceMs = 2000) {
      closing ??= (async () => {
        relay?.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        });
        await Promise.race([Promise.allSettled([...inFlight]), grace]);
        clearTimeout(timer);
        server.closeAllConnections();
        await closed;
        await Promise.allSettled([...inFlight]);
        storage.close();
      })();
      return closing;
    },
  };
}

/** Trust material built on first use (the production root is parsed only when an attestation arrives). */
function lazyTrust(trustedRoot: unknown): () => TrustMaterial {
  let trust: TrustMaterial | undefined;
  return () => {
    trust ??= trustMaterialFrom(trustedRoot ?? productionTrustedRoot());
    return trust;
  };
}
