import { createServer, type IncomingMessage, type Server } from 'node:http';
import { SigstoreLocalError } from './errors';

const MAX_BODY_BYTES = 1024 * 1024;

export interface JsonRoute {
  method: 'GET' | 'POST';
  path: string;
  /** Resolves with [status, JSON body]; a SigstoreLocalError becomes its status and `{code, message}`. */
  handle: (body: unknown) => Promise<[number, unknown]>;
}

/** A tiny JSON-over-HTTP server: one handler per method and path, errors as the Sigstore services shape them. */
export function createJsonServer(routes: readonly JsonRoute[]): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://local').pathname;
    const route = routes.find((candidate) => candidate.path === path && candidate.method === request.method);
    const reply = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (route === undefined) {
      reply(404, { code: 404, message: `no route for ${request.method} ${path}` });
      return;
    }
    readJson(request)
      .then((body) => route.handle(body))
      .then(([status, body]) => reply(status, body))
      .catch((error: unknown) => {
        if (error instanceof SigstoreLocalError)
          reply(error.status, { code: error.status, message: error.message });
        else reply(500, { code: 500, message: error instanceof Error ? error.message : String(error) });
      });
  });
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  if (request.method === 'GET') return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new SigstoreLocalError('MALFORMED_REQUEST', 'request body too large', 413);
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch (error) {
    throw new SigstoreLocalError('MALFORMED_REQUEST', 'request body is not JSON', 400, { cause: error });
  }
}
