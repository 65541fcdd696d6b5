import type { Duplex } from 'node:stream';
import type { Dispatcher } from 'undici';

/** undici's header record (its own type is not exported). */
type Headers = Record<string, string | string[] | undefined>;

/** One upload request as the client saw it: from dispatch to the end of the answer (or the error). */
export interface UploadSample {
  readonly startMs: number;
  readonly endMs: number;
  /** The answer's status; undefined when the request failed without one. */
  readonly status: number | undefined;
  readonly error: string | undefined;
}

/**
 * Times every POST to the upload URL that goes through a dispatcher composed with `interceptor()`. Each attempt
 * is one sample, so a retried upload shows up as more samples than files.
 */
export class UploadTimer {
  readonly samples: UploadSample[] = [];
  private readonly origin: string;
  private readonly path: string;

  constructor(
    uploadUrl: string,
    private readonly now: () => number = () => performance.now(),
  ) {
    const url = new URL(uploadUrl);
    this.origin = url.origin;
    this.path = `${url.pathname}${url.search}`;
  }

  interceptor(): Dispatcher.DispatcherComposeInterceptor {
    return (dispatch) => (options, handler) => {
      const origin = options.origin === undefined ? undefined : new URL(String(options.origin)).origin;
      if (options.method !== 'POST' || origin !== this.origin || options.path !== this.path) {
        return dispatch(options, handler);
      }
      return dispatch(options, new TimedHandler(handler, this.now(), this.now, (s) => this.samples.push(s)));
    };
  }
}

/** Passes every callback on to the request's own handler, noting when the answer ends or fails. */
class TimedHandler implements Dispatcher.DispatchHandler {
  private status: number | undefined;

  constructor(
    private readonly inner: Dispatcher.DispatchHandler,
    private readonly startMs: number,
    private readonly now: () => number,
    private readonly record: (sample: UploadSample) => void,
  ) {}

  onRequestStart(controller: Dispatcher.DispatchController, context: unknown): void {
    this.inner.onRequestStart?.(controller, context);
  }

  onRequestUpgrade(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Headers,
    socket: Duplex,
  ): void {
    this.inner.onRequestUpgrade?.(controller, statusCode, headers, socket);
  }

  onResponseStart(
    controller: Dispatcher.DispatchController,
    statusCode: number,
    headers: Headers,
    statusMessage?: string,
  ): void {
    this.status = statusCode;
    this.inner.onResponseStart?.(controller, statusCode, headers, statusMessage);
  }

  onResponseData(controller: Dispatcher.DispatchController, chunk: Buffer): void {
    this.inner.onResponseData?.(controller, chunk);
  }

  onResponseEnd(controller: Dispatcher.DispatchController, trailers: Headers): void {
    this.record({ startMs: this.startMs, endMs: this.now(), status: this.status, error: undefined });
    this.inner.onResponseEnd?.(controller, trailers);
  }

  onResponseError(controller: Dispatcher.DispatchController, error: Error): void {
    this.record({ startMs: this.startMs, endMs: this.now(), status: this.status, error: error.message });
    this.inner.onResponseError?.(controller, error);
  }
}

/** The nearest-rank percentile `p` (0–100) of `values`; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? 0;
}
