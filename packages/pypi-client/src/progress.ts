import { formatBytes } from '@pypi-release/report';
import type { Logger } from './logger';

export interface ProgressOptions {
  readonly logger: Logger;
  /** Milliseconds since the epoch. */
  readonly now: () => number;
  /** Files smaller than this report no progress (default 16 MiB). */
  readonly minBytes?: number;
  /** Least time between two lines for one file (default 10 s). */
  readonly intervalMs?: number;
}

/**
 * A byte counter for one file that logs percent and throughput at most once per interval: chunks arrive every
 * millisecond, the log gets a line every few seconds.
 */
export function progressReporter(
  filename: string,
  size: number,
  options: ProgressOptions,
): ((sent: number) => void) | undefined {
  if (size < (options.minBytes ?? 16 * 1024 * 1024)) return undefined;
  const interval = options.intervalMs ?? 10_000;
  let started: number | undefined;
  let last = 0;
  return (sent) => {
    const now = options.now();
    if (started === undefined) {
      started = now;
      last = now;
      return;
    }
    if (now - last < interval && sent < size) return;
    last = now;
    const seconds = Math.max((now - started) / 1000, 0.001);
    const percent = Math.floor((sent / size) * 100);
    options.logger.info(
      `${filename}: ${percent}% (${formatBytes(sent)} of ${formatBytes(size)}, ${formatBytes(sent / seconds)}/s)`,
    );
  };
}
