import type { TwirpMethod } from './twirp-handlers';

export interface FailOptions {
  /** The HTTP status to answer with (the client retries 500, 502, 503, 504 and 429). Default 503. */
  readonly status?: 500 | 502 | 503 | 504;
  /** Only calls of this method count. Default: any method. */
  readonly method?: TwirpMethod;
  /** Only calls of this workflow run count (so tests of several runs can share a service). Default: any run. */
  readonly runId?: string | number;
}

/** Faults a test arms before driving the client; each is used up by the calls it hits. */
export interface Faults {
  /** The next `count` Twirp calls (of `method`, if given) are answered with a 5xx error. */
  failNextCalls(count: number, options?: FailOptions): void;
  /**
   * The next GetSignedArtifactURL (of `runId`, if given) hands out a URL to a copy of the blob cut to
   * `keep(size)` bytes (default: half), as if the download had been truncated.
   */
  truncateNextDownload(keep?: (size: number) => number, runId?: string | number): void;
  /** Disarms every fault not used up yet (of `runId`, if given). */
  clear(runId?: string | number): void;
}

export interface FaultState extends Faults {
  /** The status to fail this call with, consuming one armed failure; undefined to serve it. */
  takeFailure(method: TwirpMethod, runId?: string): number | undefined;
  /** The truncation for this download, consuming it; undefined to serve the whole blob. */
  takeTruncation(runId?: string): ((size: number) => number) | undefined;
}

type Scoped = { readonly runId: string | undefined };

export function createFaults(): FaultState {
  const failures: Array<Scoped & { status: number; method: TwirpMethod | undefined }> = [];
  const truncations: Array<Scoped & { keep: (size: number) => number }> = [];
  const scope = (runId: string | number | undefined) => (runId === undefined ? undefined : String(runId));
  const applies = (armed: Scoped, runId: string | undefined) =>
    armed.runId === undefined || armed.runId === runId;
  const take = <T extends Scoped>(list: T[], match: (armed: T) => boolean): T | undefined => {
    const index = list.findIndex(match);
    return index < 0 ? undefined : list.splice(index, 1)[0];
  };
  return {
    failNextCalls(count, options = {}) {
      for (let i = 0; i < count; i++)
        failures.push({ status: options.status ?? 503, method: options.method, runId: scope(options.runId) });
    },
    truncateNextDownload(keep = (size) => Math.floor(size / 2), runId) {
      truncations.push({ keep, runId: scope(runId) });
    },
    clear(runId) {
      const run = scope(runId);
      for (const list of [failures, truncations] as Scoped[][]) {
        for (let i = list.length - 1; i >= 0; i--) {
          if (run === undefined || list[i]?.runId === run) list.splice(i, 1);
        }
      }
    },
    takeFailure(method, runId) {
      return take(failures, (f) => applies(f, runId) && (f.method === undefined || f.method === method))
        ?.status;
    },
    takeTruncation(runId) {
      return take(truncations, (t) => applies(t, runId))?.keep;
    },
  };
}
