import { isIP, type Socket } from 'node:net';
import type * as Undici from 'undici';
import { buildConnector } from './undici-parts';

/**
 * A parked connection nobody asked for within this time is closed (and a request then opens a fresh one): servers
 * drop connections that send no request for a while (nginx after 60 s, Node's http server after 60 s of waiting
 * for headers), and a connection the server is closing must not carry an upload.
 */
export const WARM_IDLE_MS = 10_000;

/** A dispatcher that can open connections before the first request needs them. */
export interface Preconnecting {
  /**
   * Opens up to `connections` connections (TCP, and TLS for https) to `url`'s origin in the background and parks
   * them until requests to that origin ask for a connection. No HTTP byte is sent; a failure is silent (the first
   * request then connects, and reports, as without it).
   */
  preconnect(url: string, connections: number): void;
}

export function isPreconnecting(dispatcher: object): dispatcher is Preconnecting {
  return typeof (dispatcher as Partial<Preconnecting>).preconnect === 'function';
}

type ConnectOptions = Undici.buildConnector.Options;
type Callback = Undici.buildConnector.Callback;

interface Parked {
  readonly key: string;
  connecting: boolean;
  /** A request that asked while the handshake ran: it takes this connection instead of opening another. */
  waiter: Callback | undefined;
  socket: Socket | undefined;
  /** Closes a parked connection the server ended, or that failed, while it waited. */
  retire: (() => void) | undefined;
  timer: NodeJS.Timeout | undefined;
}

/** undici's own TLS server name for a host (`util.getServerName`): the hostname, none for an IP address. */
function serverName(hostname: string): string | null {
  return isIP(hostname) === 0 ? hostname : null;
}

function keyOf(protocol: string, hostname: string, port: string, servername: string | null | undefined) {
  const defaultPort = protocol === 'https:' ? '443' : '80';
  return `${protocol}//${hostname}:${port || defaultPort} ${servername || ''}`;
}

/**
 * undici's connector (`buildConnector`, the one every Pool builds by default) in front of a park of connections
 * opened ahead of time. A request takes a parked connection of its origin (joining it while its handshake runs)
 * or, when none is left or alive, connects as usual.
 */
export function warmingConnector(base: Undici.buildConnector.connector = buildConnector({})): {
  connect: Undici.buildConnector.connector;
  preconnect(url: string, connections: number): void;
  /** How many connections are parked or opening. */
  parked(): number;
  close(): void;
} {
  const parked: Parked[] = [];
  let closed = false;
  const unpark = (entry: Parked): boolean => {
    clearTimeout(entry.timer);
    const at = parked.indexOf(entry);
    if (at === -1) return false;
    parked.splice(at, 1);
    return true;
  };
  const discard = (entry: Parked): void => {
    unpark(entry);
    entry.socket?.destroy();
  };

  const handshakeDone = (entry: Parked, error: Error | null, socket: Socket | null): void => {
    const waiter = entry.waiter;
    entry.connecting = false;
    entry.waiter = undefined;
    if (error || !socket) {
      unpark(entry);
      // a request that waited connects on its own, and reports its own failure
      waiter?.(error ?? new Error('no socket'), null);
      return;
    }
    if (waiter) {
      unpark(entry);
      waiter(null, socket);
      return;
    }
    if (closed || !parked.includes(entry)) {
      socket.destroy();
      return;
    }
    // Parked: it must not keep the process alive, and the server closing it (or an error) retires it.
    entry.socket = socket;
    entry.retire = () => discard(entry);
    socket.unref();
    socket.once('end', entry.retire).once('close', entry.retire).once('error', entry.retire);
  };

  const open = (url: URL): void => {
    const hostname = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
    const servername = url.protocol === 'https:' ? serverName(hostname) : null;
    const entry: Parked = {
      key: keyOf(url.protocol, hostname, url.port, servername),
      connecting: true,
      waiter: undefined,
      socket: undefined,
      retire: undefined,
      timer: undefined,
    };
    entry.timer = setTimeout(() => discard(entry), WARM_IDLE_MS).unref();
    parked.push(entry);
    const options: ConnectOptions = {
      hostname,
      host: url.host,
      protocol: url.protocol,
      port: url.port,
      ...(servername ? { servername } : {}),
    };
    base(options, (error, socket) => handshakeDone(entry, error, socket));
  };

  const connect: Undici.buildConnector.connector = (options, callback) => {
    const key = keyOf(options.protocol, options.hostname, options.port, options.servername);
    const free = options.httpSocket ? [] : parked.filter((p) => p.key === key && p.waiter === undefined);
    const entry = free.find((p) => !p.connecting) ?? free[0];
    if (!entry) {
      base(options, callback);
      return;
    }
    if (entry.connecting) {
      // Its handshake is under way: take it when it completes, or connect as usual if it fails.
      entry.waiter = (error, socket) => {
        if (error || !socket) base(options, callback);
        else callback(null, socket);
      };
      return;
    }
    unpark(entry);
    const { socket, retire } = entry;
    if (socket && retire) socket.off('end', retire).off('close', retire).off('error', retire);
    if (!socket || socket.destroyed || socket.readableEnded || !socket.writable) {
      socket?.destroy();
      base(options, callback);
      return;
    }
    socket.ref();
    // never synchronously: undici's client ignores a connection handed over while it is still asking for one
    queueMicrotask(() => callback(null, socket));
  };

  return {
    connect,
    preconnect(url, connections) {
      if (closed) return;
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        return;
      }
      if (target.protocol !== 'https:' && target.protocol !== 'http:') return;
      for (let i = 0; i < connections; i++) open(target);
    },
    parked: () => parked.length,
    close() {
      closed = true;
      for (const entry of [...parked]) discard(entry);
    },
  };
}
