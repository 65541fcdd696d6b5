import type { TwirpMethod } from './twirp-handlers';

export interface FailOptions {
  /** The HTTP status to answer with (the client retries 500, 502, 503, 504 and 429). Default 503. */
  readonly status?: 500 | 502 | 503 | 504;
  /** Only calls of this method count. Default: any method. */
  readonly method?: TwirpMethod;
}

/** Faults a test arms before driving the client; each is used up by the calls it hits. */
export interface Faults {
  /** The next `count` Twirp calls (of `method`, if given) are answered with a 5xx error. */
  failNextCalls(count: number, options?: FailOptions): void;
  /**
   * The next GetSignedArtifactURL hands out a URL to a copy of the blob cut to `keep(size)` bytes (default:
   * half), as if the download had been truncated.
   */
  truncateNextDownload(keep?: (size: number) => number): void;
}

export interface FaultState extends Faults {
  /** The status to fail this call with, consuming one armed failure; undefined to serve it. */
  takeFailure(method: TwirpMethod): number | undefined;
  /** The truncation for this download, consuming it; undefined to serve the whole blob. */
  takeTruncation(): ((size: number) => number) | undefined;
}

export function createFaults(): FaultState {
  const failures: { status: number; method: TwirpMethod | undefined }[] = [];
  let truncation: ((size: number) => number) | undefined;
  return {
    failNextCalls(count, options = {}) {
      for (let i = 0; i < count; i++)
        failures.push({ status: options.status ?? 503, method: options.method });
    },
    truncateNextDownload(keep = (size) => Math.floor(size / 2)) {
      truncation = keep;
    },
    takeFailure(method) {
      const index = failures.findIndex((f) => f.method === undefined || f.method === method);
      if (index < 0) return undefined;
      return failures.splice(index, 1)[0]?.status;
    },
    takeTruncation() {
      const keep = truncation;
      truncation = undefined;
      return keep;
    },
  };
}
