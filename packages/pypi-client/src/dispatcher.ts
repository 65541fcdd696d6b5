import { Agent, type Dispatcher } from 'undici';

/**
 * The HTTP client entry points use: keep-alive connections, no redirects. Small requests time out after a minute
 * without an answer; uploads turn that off per request and use their own stall watchdog instead.
 */
export function createDispatcher(): Dispatcher & { close(): Promise<void> } {
  return new Agent({
    connections: 16,
    keepAliveTimeout: 10_000,
    headersTimeout: 60_000,
    bodyTimeout: 300_000,
  });
}
