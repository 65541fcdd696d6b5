import { normalizeName } from '@pypi-release/dists';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { PublishError } from './errors';
import { httpRequest } from './http';
import { type Attempt, type Clock, type RetryPolicy, withRetry } from './retry';
import { retryOrRethrow, transientResponse } from './transient';

/** A file the index lists for a project (PEP 691). */
export interface RemoteFile {
  readonly filename: string;
  readonly sha256: string | undefined;
  readonly url: string;
}

const projectSchema = z.object({
  files: z.array(
    z.object({ filename: z.string(), url: z.string(), hashes: z.record(z.string(), z.string()).default({}) }),
  ),
});

export interface SimpleApiOptions {
  readonly dispatcher: Dispatcher;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  readonly onRetry?: (message: string) => void;
}

/**
 * The project's files by filename, read from the simple JSON API (PYPI.md §4): empty when the project does not
 * exist. Public data: no credentials are sent.
 */
export async function listRemoteFiles(
  simpleUrl: string,
  project: string,
  options: SimpleApiOptions,
): Promise<Map<string, RemoteFile>> {
  const url = new URL(`${encodeURIComponent(normalizeName(project))}/`, simpleUrl).href;
  const body = await withRetry(
    `GET ${url}`,
    async (): Promise<Attempt<string | undefined>> => {
      try {
        const response = await httpRequest(options.dispatcher, {
          url,
          method: 'GET',
          headers: { accept: 'application/vnd.pypi.simple.v1+json' },
        });
        if (response.status === 404) return { done: undefined };
        if (response.status === 200) return { done: response.body };
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
  const files = new Map<string, RemoteFile>();
  if (body === undefined) return files;
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
  for (const file of parsed.files) {
    files.set(file.filename, {
      filename: file.filename,
      sha256: file.hashes.sha256,
      url: new URL(file.url, url).href,
    });
  }
  return files;
}
