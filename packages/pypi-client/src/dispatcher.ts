import type * as Undici from 'undici';
import type { Dispatcher } from 'undici';
import { Agent } from './undici-parts';
import { type Preconnecting, warmingConnector } from './warm-connections';

const CONNECTIONS_PER_ORIGIN = 16;

/**
 * The HTTP client entry points use: keep-alive connections, no redirects. Small requests time out after a minute
 * without an answer; uploads turn that off per request and use their own stall watchdog instead. `preconnect`
 * opens connections ahead of the first request (publish does so while its pre-flight runs).
 */
export function createDispatcher(): Dispatcher & { close(): Promise<void> } & Preconnecting {
  const warm = warmingConnector();
  const agent = new Agent({
    connections: CONNECTIONS_PER_ORIGIN,
    keepAliveTimeout: 10_000,
    headersTimeout: 60_000,
    bodyTimeout: 300_000,
    connect: warm.connect,
  });
  const close = agent.close.bind(agent);
  const destroy = agent.destroy.bind(agent);
  // Closing (or destroying) the agent closes the connections still parked, which no request took.
  return Object.assign(agent, {
    // never more than the agent would use for one origin
    preconnect: (url: string, connections: number) =>
      warm.preconnect(url, Math.min(connections, CONNECTIONS_PER_ORIGIN)),
    close: ((...args: unknown[]) => {
      warm.close();
      return (close as (...a: unknown[]) => unknown)(...args);
    }) as Undici.Agent['close'],
    destroy: ((...args: unknown[]) => {
      warm.close();
      return (destroy as (...a: unknown[]) => unknown)(...args);
    }) as Undici.Agent['destroy'],
  });
}
