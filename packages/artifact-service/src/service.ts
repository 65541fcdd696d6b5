import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { closeServer, listen } from '@pypi-release/net';
import { startAzurite } from './azurite';
import { createBlobStore } from './blob-store';
import { createFaults, type Faults } from './faults';
import { ArtifactRegistry } from './registry';
import { createRuntimeTokens } from './runtime-token';
import { type TwirpReply, twirpError } from './twirp-errors';
import { handleTwirp, isTwirpMethod, SERVICE, type TwirpMethod } from './twirp-handlers';

export interface ArtifactServiceOptions {
  readonly host?: string;
  readonly port?: number;
  /** Milliseconds since the epoch (token times, artifact creation times). */
  readonly clock?: () => number;
  /** How long Azurite may take to start. Default 30 s. */
  readonly startTimeoutMs?: number;
}

/** One artifact as the service holds it (for assertions). */
export interface StoredArtifact {
  readonly id: number;
  readonly name: string;
  readonly jobId: string;
  readonly size: number;
  readonly digest: string | undefined;
  readonly finalized: boolean;
}

/** A Twirp call the service received, after authentication. */
export interface ServiceCall {
  readonly method: string;
  readonly runId: string | undefined;
  readonly status: number;
}

/** The GitHub Actions artifact ("results") service on loopback, storing blobs in its own Azurite. */
export interface ArtifactService {
  /** The value for ACTIONS_RESULTS_URL. */
  readonly url: string;
  /** Azurite's blob endpoint for the development account (signed URLs point here). */
  readonly blobEndpoint: string;
  /** An ACTIONS_RUNTIME_TOKEN for a job of a workflow run: its `scp` holds `Actions.Results:<runId>:<jobId>`. */
  runtimeToken(runId: string | number, jobId: string | number): string;
  /** The runner variables the artifact client reads, for a job of a run. */
  envFor(runId: string | number, jobId: string | number): Record<string, string>;
  /** The artifacts of a run, finalized or not, oldest first. */
  artifacts(runId: string | number): StoredArtifact[];
  /** The stored bytes (the zip) of an artifact of a run. */
  artifactBytes(runId: string | number, artifactId: number): Promise<Buffer>;
  /** Every Twirp call so far, in order. */
  readonly calls: readonly ServiceCall[];
  readonly faults: Faults;
  close(): Promise<void>;
}

const PREFIX = `/twirp/${SERVICE}/`;
const MAX_BODY = 1 << 20;

export async function startArtifactService(options: ArtifactServiceOptions = {}): Promise<ArtifactService> {
  const host = options.host ?? '127.0.0.1';
  const clock = options.clock ?? Date.now;
  const azurite = await startAzurite({ host, ...optional('startTimeoutMs', options.startTimeoutMs) });
  let server: Server | undefined;
  try {
    const blobs = await createBlobStore(azurite.blobEndpoint);
    const registry = new ArtifactRegistry();
    const tokens = createRuntimeTokens(randomBytes(32), clock);
    const faults = createFaults();
    const calls: ServiceCall[] = [];
    let truncatedCopies = 0;

    const answer = async (
      method: string,
      authorization: string | undefined,
      body: string,
    ): Promise<TwirpReply> => {
      const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
      const caller = token === undefined ? undefined : await tokens.verify(token);
      const record = (reply: TwirpReply): TwirpReply => {
        calls.push({ method, runId: caller?.runId, status: reply.status });
        return reply;
      };
      if (!isTwirpMethod(method)) return record(twirpError('bad_route', `no method ${SERVICE}/${method}`));
      if (!caller) return record(twirpError('unauthenticated', 'missing or invalid ACTIONS_RUNTIME_TOKEN'));
      const failure = faults.takeFailure(method, caller.runId);
      if (failure !== undefined)
        return record({ status: failure, body: { code: 'unavailable', msg: 'injected fault' } });
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        return record(twirpError('malformed', `${method}: the body is not JSON`));
      }
      const downloadBlob = async (artifact: { blobName: string }): Promise<string> => {
        const keep = faults.takeTruncation(caller.runId);
        if (!keep) return artifact.blobName;
        const target = `truncated/${++truncatedCopies}/${artifact.blobName}`;
        await blobs.truncatedCopy(artifact.blobName, target, keep);
        return target;
      };
      const now = () => new Date(clock());
      return record(
        await handleTwirp(method as TwirpMethod, json, { registry, blobs, caller, now, downloadBlob }),
      );
    };

    server = createServer((request, response) => {
      serve(request, response, answer).catch((error: unknown) => {
        if (!response.headersSent) send(response, twirpError('internal', String(error)));
        else response.destroy();
      });
    });
    const url = await listen(server, host, options.port ?? 0);
    const listening = server;
    const runtimeToken = (runId: string | number, jobId: string | number) =>
      tokens.mint({ runId: String(runId), jobId: String(jobId) });
    return {
      url,
      blobEndpoint: azurite.blobEndpoint,
      runtimeToken,
      envFor: (runId, jobId) => ({
        ACTIONS_RUNTIME_TOKEN: runtimeToken(runId, jobId),
        ACTIONS_RESULTS_URL: `${url}/`,
        GITHUB_RUN_ID: String(runId),
        GITHUB_RUN_ATTEMPT: '1',
      }),
      artifactBytes: async (runId, artifactId) => {
        const record = registry.all(String(runId)).find((r) => r.id === artifactId);
        if (!record) throw new Error(`run ${runId} has no artifact ${artifactId}`);
        return blobs.read(record.blobName);
      },
      artifacts: (runId) =>
        registry.all(String(runId)).map((r) => ({
          id: r.id,
          name: r.name,
          jobId: r.jobId,
          size: r.size,
          digest: r.digest,
          finalized: r.finalized,
        })),
      calls,
      faults,
      close: async () => {
        await closeServer(listening);
        await azurite.close();
      },
    };
  } catch (error) {
    if (server?.listening) await closeServer(server);
    await azurite.close();
    throw error;
  }
}

async function serve(
  request: IncomingMessage,
  response: ServerResponse,
  answer: (method: string, authorization: string | undefined, body: string) => Promise<TwirpReply>,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (request.method !== 'POST' || !path.startsWith(PREFIX)) {
    request.resume();
    send(response, twirpError('bad_route', `no route for ${request.method} ${path}`));
    return;
  }
  let body = '';
  for await (const chunk of request.setEncoding('utf8')) {
    body += chunk;
    if (body.length > MAX_BODY) {
      send(response, twirpError('malformed', 'request body too large'));
      return;
    }
  }
  send(response, await answer(path.slice(PREFIX.length), request.headers.authorization, body));
}

function send(response: ServerResponse, reply: TwirpReply): void {
  response.writeHead(reply.status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(reply.body));
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
