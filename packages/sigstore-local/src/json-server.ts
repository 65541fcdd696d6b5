import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { SigstoreLocalError } from './errors';
import { faultBody, type InjectedFault } from './faults';

const MAX_BODY_BYTES = 1024 * 1024;

export interface JsonRoute {
  method: 'GET' | 'POST';
  /** The exact path, or a pattern whose groups are handed to `handle`. */
  path: string | RegExp;
  /**
   * Resolves with [status, JSON body, headers?]; a SigstoreLocalError becomes its status, headers and
   * `{code, message}`.
   */
  handle: (body: unknown, params: string[]) => Promise<[number, unknown, Record<string, string>?]>;
}

/** A request as it reached the server: what a secret scan reads (the headers and the body, as sent). */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

export interface JsonServerOptions {
  /** Called once per request as it arrives: the fault to inject into it, if any. */
  takeFault?: () => InjectedFault | undefined;
  /** Called with every request routed to a handler, once its body is read. */
  onRequest?: (request: ReceivedRequest) => void;
}

/** A tiny JSON-over-HTTP server: one handler per method and path, errors as the Sigstore services shape them. */
export function createJsonServer(routes: readonly JsonRoute[], options: JsonServerOptions = {}): Server {
  return createServer((request, response) => {
    const fault = options.takeFault?.();
    if (fault?.kind === 'reset') {
      request.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      request.resume();
      const headers = fault.retryAfter === undefined ? {} : { 'retry-after': String(fault.retryAfter) };
      sendJson(response, fault.status, faultBody(fault.status), headers);
      return;
    }
    const serve = (): void => {
      const reply: Reply = (status, body, headers) => {
        if (fault?.kind === 'drop-after-handle') request.socket.destroy();
        else sendJson(response, status, body, headers);
      };
      route(routes, request, reply, options.onRequest);
    };
    if (fault?.kind === 'stall') {
      const timer = setTimeout(() => {
        if (!request.socket.destroyed) serve();
      }, fault.ms);
      request.socket.once('close', () => clearTimeout(timer));
    } else {
      serve();
    }
  });
}

type Reply = (status: number, body: unknown, headers?: Record<string, string>) => void;

function route(
  routes: readonly JsonRoute[],
  request: IncomingMessage,
  reply: Reply,
  onRequest: JsonServerOptions['onRequest'],
): void {
  const path = new URL(request.url ?? '/', 'http://local').pathname;
  let params: string[] = [];
  const route = routes.find((candidate) => {
    if (candidate.method !== request.method) return false;
    if (typeof candidate.path === 'string') return candidate.path === path;
    const match = candidate.path.exec(path);
    params = match === null ? [] : match.slice(1);
    return match !== null;
  });
  if (route === undefined) {
    reply(404, { code: 404, message: `no route for ${request.method} ${path}` });
    return;
  }
  readBody(request)
    .then((text) => {
      onRequest?.({ method: request.method ?? '', path, headers: request.headers, body: text });
      return route.handle(parseJson(request, text), params);
    })
    .then(([status, body, headers]) => reply(status, body, headers))
    .catch((error: unknown) => {
      if (error instanceof SigstoreLocalError)
        reply(error.status, { code: error.status, message: error.message }, error.headers);
      else reply(500, { code: 500, message: error instanceof Error ? error.message : String(error) });
    });
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  if (request.method === 'GET') return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new SigstoreLocalError('MALFORMED_REQUEST', 'request body too large', 413);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(request: IncomingMessage, text: string): unknown {
  if (request.method === 'GET') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SigstoreLocalError('MALFORMED_REQUEST', 'request body is not JSON', 400, { cause: error });
  }
}
