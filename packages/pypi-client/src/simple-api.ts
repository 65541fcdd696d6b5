import { normalizeName } from '@pypi-release/dists';
import * as z from '@pypi-release/zod';
import type { Dispatcher } from 'undici';
import type { Credentials } from './credentials';
import { PublishError } from './errors';
import { httpRequest } from './http';
import { type Attempt, type Clock, type RetryPolicy, withRetry } from './retry';
import { parseSimpleHtml } from './simple-html';
import { retryOrRethrow, transientResponse } from './transient';

/** A file the index lists for a project (PEP 691 JSON or PEP 503 HTML). */
export interface RemoteFile {
  readonly filename: string;
  readonly sha256: string | undefined;
  readonly url: string;
}

const projectSchema = z.object({
  files: z.array(
    z.object({
      filename: z.string(),
      url: z.string(),
      hashes: z._default(z.record(z.string(), z.string()), {}),
    }),
  ),
});

/** JSON first, HTML when the index has nothing else (as pip asks). */
const ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

export interface SimpleApiOptions {
  readonly dispatcher: Dispatcher;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly onRetry?: (message: string) => void;
  /**
   * The upload credentials. A read goes out without them; only when the index answers 401 (a private index that
   * needs authentication to be read) and the simple index has the same origin as the upload URL is it sent again
   * with them. Any other origin never gets them.
   */
  readonly credentials?: Credentials | undefined;
}

/** The Authorization header for a read of `url` after a 401: only for the credentials' own origin. */
async function readAuthorization(
  url: string,
  credentials: Credentials | undefined,
): Promise<{ authorization?: string }> {
  if (credentials === undefined || new URL(url).origin !== credentials.origin) return {};
  return { authorization: await credentials.authorization(url) };
}

/**
 * The project's files by filename, read from the simple index (PYPI.md §4): PEP 691 JSON, or the PEP 503 HTML
 * page when the index serves only HTML. Empty when the project does not exist.
 */
export async function listRemoteFiles(
  simpleUrl: string,
  project: string,
  options: SimpleApiOptions,
): Promise<Map<string, RemoteFile>> {
  const url = new URL(`${encodeURIComponent(normalizeName(project))}/`, simpleUrl).href;
  const page = await withRetry(
    `GET ${url}`,
    async (): Promise<Attempt<{ body: string; type: string } | undefined>> => {
      try {
        const get = (headers: Record<string, string>) =>
          httpRequest(options.dispatcher, { url, method: 'GET', headers: { accept: ACCEPT, ...headers } });
        let auth: { authorization?: string } = {};
        let response = await get(auth);
        if (response.status === 401) {
          auth = await readAuthorization(url, options.credentials);
          if (auth.authorization !== undefined) response = await get(auth);
        }
        if (response.status === 404) return { done: undefined };
        if (response.status === 200) {
          return { done: { body: response.body, type: response.headers['content-type'] ?? '' } };
        }
        if (response.status === 401 || response.status === 403)
          throw unauthorized(url, response.status, auth);
        const retry = transientResponse(response, options.clock.now());
        if (retry) return retry;
        throw new PublishError(
          'index-invalid-response',
          `GET ${url} answered ${response.status} ${response.statusText}: the simple index cannot be read`,
        );
      } catch (error) {
        return retryOrRethrow(error);
      }
    },
    options,
  );
  if (page === undefined) return new Map();
  return /html/i.test(page.type) ? fromHtml(page.body, url) : fromJson(page.body, url);
}

function unauthorized(url: string, status: number, auth: { authorization?: string }): PublishError {
  const sent =
    auth.authorization === undefined
      ? 'No credentials were sent: they go only to the origin of the upload URL. Give the index’s credentials ' +
        '(username and password or token), and a simple URL on the same origin as the upload URL.'
      : 'The credentials were refused: check the username and password (or token) for this index.';
  return new PublishError(
    'read-unauthorized',
    `GET ${url} answered ${status}: this index needs authentication to be read. ${sent}`,
  );
}

function fromJson(body: string, url: string): Map<string, RemoteFile> {
  let parsed: z.infer<typeof projectSchema>;
  try {
    parsed = projectSchema.parse(JSON.parse(body));
  } catch (cause) {
    throw new PublishError(
      'index-invalid-response',
      `GET ${url}: the answer is not a PEP 691 JSON project page`,
      {
        cause,
      },
    );
  }
  const files = new Map<string, RemoteFile>();
  for (const file of parsed.files) {
    files.set(file.filename, {
      filename: file.filename,
      sha256: file.hashes.sha256,
      url: new URL(file.url, url).href,
    });
  }
  return files;
}

function fromHtml(body: string, url: string): Map<string, RemoteFile> {
  const files = new Map<string, RemoteFile>();
  for (const link of parseSimpleHtml(body, url)) {
    files.set(link.filename, { filename: link.filename, sha256: link.sha256, url: link.url });
  }
  return files;
}
