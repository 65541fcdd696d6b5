import type { FileReport } from '@pypi-release/dists';
import type { Dispatcher } from 'undici';
import type { Credentials } from './credentials';
import { PublishError } from './errors';
import { type HttpResponse, httpRequest, jsonMessage } from './http';
import { multipartBody } from './multipart';
import { type Attempt, type Clock, type RetryPolicy, withRetry } from './retry';
import { transientNetworkError, transientResponse } from './transient';
import { uploadFormFields } from './upload-form';

export interface UploadClientOptions {
  readonly uploadUrl: string;
  readonly dispatcher: Dispatcher;
  readonly credentials: Credentials;
  readonly policy: RetryPolicy;
  readonly clock: Clock;
  /** Milliseconds without progress (no body bytes taken, no answer) before an attempt is abandoned. */
  readonly stallTimeoutMs?: number;
  readonly onRetry?: (message: string) => void;
  /** The `attestations` form field (a JSON array of PEP 740 objects), when the file has any. */
  readonly attestations?: string;
}

/** What the index said to an upload, once transient failures are behind. */
export type UploadAnswer =
  | { readonly kind: 'stored'; readonly attempts: number }
  /** 400 "File already exists": same name, other bytes — or our own earlier attempt, to be told apart by hash. */
  | { readonly kind: 'exists'; readonly attempts: number; readonly message: string };

const DEFAULT_STALL_MS = 120_000;

/** Uploads one checked distribution (PYPI.md §2), retrying transient failures. */
export async function uploadFile(
  file: FileReport,
  options: UploadClientOptions,
  onFileBytes?: (sent: number) => void,
): Promise<UploadAnswer> {
  const fields = uploadFormFields(file);
  if (options.attestations !== undefined) fields.push(['attestations', options.attestations]);
  const body = multipartBody(fields, {
    field: 'content',
    filename: file.filename,
    path: file.path,
    size: file.size,
  });
  let renewed = false;
  return withRetry(
    `upload of ${file.filename}`,
    async (attempt): Promise<Attempt<UploadAnswer>> => {
      const authorization = await options.credentials.authorization(options.uploadUrl);
      const watchdog = new Watchdog(options.stallTimeoutMs ?? DEFAULT_STALL_MS);
      try {
        const response = await httpRequest(options.dispatcher, {
          url: options.uploadUrl,
          method: 'POST',
          headers: {
            authorization,
            accept: 'application/json',
            'content-type': body.contentType,
            'content-length': String(body.length),
            'user-agent': 'pypi-release',
          },
          body: watchdog.watch(body.stream(onFileBytes)),
          signal: watchdog.signal,
          headersTimeoutMs: 0, // the watchdog times out stalls; a large upload may take longer than any fixed limit
        });
        if (!renewed && response.status === 403 && options.credentials.expire) {
          // An expired or revoked short-lived token: once per file, a fresh one is minted and the file sent again.
          // Refused again right after minting, it is not the token's age: the 403 is reported as it is.
          renewed = true;
          options.credentials.expire(authorization);
          return {
            retry: `${response.status} the upload token was refused (${jsonMessage(response.body) ?? response.statusText}); minting a fresh one`,
            retryAfterMs: 0,
          };
        }
        return judge(file.filename, response, attempt, options);
      } catch (error) {
        const transient = transientNetworkError(watchdog.fired ? watchdog.error : error);
        if (transient) return transient;
        throw error;
      } finally {
        watchdog.stop();
      }
    },
    options,
  );
}

function judge(
  filename: string,
  response: HttpResponse,
  attempts: number,
  options: UploadClientOptions,
): Attempt<UploadAnswer> {
  const message = jsonMessage(response.body) ?? response.statusText;
  if (response.status === 200) {
    if (isSuccessBody(response)) return { done: { kind: 'stored', attempts } };
    throw new PublishError(
      'upload-refused',
      `${filename}: ${options.uploadUrl} answered 200 with an HTML page instead of accepting the file: it is ` +
        'not an upload endpoint. Use the index’s upload URL (for PyPI https://upload.pypi.org/legacy/).',
    );
  }
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.location ?? '(no Location)';
    const hint = /\/legacy$/.test(new URL(options.uploadUrl).pathname)
      ? ' The upload URL needs its trailing slash: …/legacy/.'
      : ' Use the final upload URL (for PyPI https://upload.pypi.org/legacy/, with the trailing slash).';
    throw new PublishError(
      'redirect',
      `${filename}: ${options.uploadUrl} answered ${response.status} ${response.statusText} to ${location}; ` +
        `uploads never follow redirects (the token would go elsewhere).${hint}`,
    );
  }
  const retry = transientResponse(
    response,
    options.clock.now(),
    message !== response.statusText ? ` (${message})` : '',
  );
  if (retry) return retry;
  if (response.status === 400 && /^File already exists\b/i.test(message)) {
    return { done: { kind: 'exists', attempts, message } };
  }
  throw new PublishError(
    'upload-refused',
    `${filename}: the index refused the upload: ${response.status} ${message}${hintFor(response.status, message)}`,
  );
}

/** A JSON answer, an empty one or PyPI's "200 OK" page is a stored file; any other HTML page is not. */
function isSuccessBody(response: HttpResponse): boolean {
  if (/json/i.test(response.headers['content-type'] ?? '')) return true;
  const text = response.body.trim();
  return text === '' || /<title>\s*200 OK\s*<\/title>/i.test(text);
}

function hintFor(status: number, message: string): string {
  if (/Non-user identities cannot create new projects/i.test(message)) {
    return '. The project does not exist yet: register a pending publisher for it on PyPI, or make the first upload with an API token.';
  }
  if (/previously used by a file that has since been deleted/i.test(message)) {
    return '. PyPI never accepts a filename again: release a new version (or add a build tag to the wheel).';
  }
  if (status === 403) {
    return '. Check that the token is valid, unexpired, and scoped to this project (or that the trusted publisher is registered for it).';
  }
  return '';
}

/** Aborts a request when neither body bytes are taken nor an answer arrives for `ms` milliseconds. */
class Watchdog {
  private readonly controller = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  fired = false;
  error: Error | undefined;

  constructor(private readonly ms: number) {
    this.arm();
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  async *watch(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array> {
    for await (const chunk of source) {
      this.arm();
      yield chunk;
    }
    this.arm();
  }

  stop(): void {
    clearTimeout(this.timer);
  }

  private arm(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.fired = true;
      this.error = Object.assign(new Error(`no progress for ${this.ms / 1000} s`), { code: 'ETIMEDOUT' });
      this.controller.abort(this.error);
    }, this.ms);
    this.timer.unref();
  }
}
