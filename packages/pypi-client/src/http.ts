import { Readable } from 'node:stream';
import type { Dispatcher } from 'undici';

export interface HttpRequest {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers?: Record<string, string>;
  readonly body?: string | Uint8Array | AsyncIterable<Uint8Array>;
  readonly signal?: AbortSignal;
  /** Milliseconds without a byte of the answer's headers / body before the request fails (undici's timers). */
  readonly headersTimeoutMs?: number;
  readonly bodyTimeoutMs?: number;
}

export interface HttpResponse {
  readonly status: number;
  /** The reason phrase: PyPI puts its error message there. */
  readonly statusText: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  /** The body as text, cut after `MAX_BODY` bytes. */
  readonly body: string;
}

const MAX_BODY = 256 * 1024;

/**
 * One request through an injected undici dispatcher. Never follows redirects (undici's `request` has no
 * redirect interceptor unless one is composed in): a 3xx comes back as a response.
 */
export async function httpRequest(dispatcher: Dispatcher, request: HttpRequest): Promise<HttpResponse> {
  const url = new URL(request.url);
  const response = await dispatcher.request({
    origin: url.origin,
    path: `${url.pathname}${url.search}`,
    method: request.method,
    headers: request.headers ?? {},
    body: bodyOf(request.body),
    signal: request.signal ?? null,
    ...(request.headersTimeoutMs !== undefined ? { headersTimeout: request.headersTimeoutMs } : {}),
    ...(request.bodyTimeoutMs !== undefined ? { bodyTimeout: request.bodyTimeoutMs } : {}),
  });
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    const buffer = chunk as Buffer;
    if (size < MAX_BODY) chunks.push(buffer.subarray(0, MAX_BODY - size));
    size += buffer.length;
  }
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(response.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    status: response.statusCode,
    statusText: response.statusText ?? '',
    headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
}

/** A body parsed as JSON, or undefined when it is not JSON (the caller's schema says what it must be). */
export function jsonBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

/** The `message` of a JSON error body, or undefined. */
export function jsonMessage(body: string): string | undefined {
  try {
    const value = JSON.parse(body) as { message?: unknown };
    return typeof value.message === 'string' && value.message !== '' ? value.message : undefined;
  } catch {
    return undefined;
  }
}

function bodyOf(body: HttpRequest['body']): string | Uint8Array | Readable | null {
  if (body === undefined) return null;
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  return Readable.from(body, { objectMode: false });
}
