import { createHash } from 'node:crypto';
import type { Dispatcher } from 'undici';
import { AttestationError } from './errors';

const MAX_REDIRECTS = 5;
const MAX_TEXT = 4 * 1024 * 1024;

export interface Fetched<T> {
  readonly status: number;
  readonly url: string;
  readonly body: T;
}

/**
 * GET through the injected dispatcher, following up to five redirects (PyPI's JSON API redirects a name to its
 * display spelling; files may sit on another host). No credentials are ever sent.
 */
async function get(
  dispatcher: Dispatcher,
  url: string,
  accept: string,
): Promise<{ status: number; url: string; body: Dispatcher.ResponseData['body'] }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = new URL(current);
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request({
        origin: target.origin,
        path: `${target.pathname}${target.search}`,
        method: 'GET',
        headers: { accept },
      });
    } catch (error) {
      throw new AttestationError('INDEX', `GET ${current} failed: ${describe(error)}`, { cause: error });
    }
    const location = response.headers.location;
    if (response.statusCode >= 300 && response.statusCode < 400 && typeof location === 'string') {
      await response.body.dump();
      if (hop >= MAX_REDIRECTS) {
        throw new AttestationError('INDEX', `GET ${url}: more than ${MAX_REDIRECTS} redirects`);
      }
      current = new URL(location, current).href;
      continue;
    }
    return { status: response.statusCode, url: current, body: response.body };
  }
}

/** GET a JSON document; the body is parsed only for a 200 (otherwise `undefined`). */
export async function getJson(
  dispatcher: Dispatcher,
  url: string,
  accept: string,
): Promise<Fetched<unknown>> {
  const response = await get(dispatcher, url, accept);
  if (response.status !== 200) {
    await response.body.dump();
    return { status: response.status, url: response.url, body: undefined };
  }
  const text = await response.body.text();
  if (text.length > MAX_TEXT) throw new AttestationError('INDEX', `GET ${url}: answer larger than 4 MiB`);
  try {
    return { status: 200, url: response.url, body: JSON.parse(text) as unknown };
  } catch (error) {
    throw new AttestationError('INDEX', `GET ${response.url} answered 200 with a body that is not JSON`, {
      cause: error,
    });
  }
}

/** Downloads a file and returns the sha256 of the bytes as served (streamed, never held in memory). */
export async function downloadSha256(dispatcher: Dispatcher, url: string): Promise<Fetched<string>> {
  const response = await get(dispatcher, url, '*/*');
  if (response.status !== 200) {
    await response.body.dump();
    return { status: response.status, url: response.url, body: '' };
  }
  const hash = createHash('sha256');
  for await (const chunk of response.body) hash.update(chunk as Buffer);
  return { status: 200, url: response.url, body: hash.digest('hex') };
}

export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
