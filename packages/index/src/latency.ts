import type { IncomingMessage, ServerResponse } from 'node:http';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import * as z from '@pypi-release/zod';

const MIB = 1024 * 1024;

/**
 * A PyPI-like latency profile, applied equally to every client: the network between client and index (a
 * round-trip time, a bandwidth per connection) and the index's own time per request (a fixed part and a part per
 * MiB uploaded). Loopback has none of this, so a sequential client and a parallel one look alike there.
 */
export const latencySchema = z.strictObject({
  /** Round-trip time: every connection pays one for its handshake, every request one for its answer. */
  rttMs: z._default(z.number().check(z.nonnegative()), 0),
  /** Client → index bytes per second on each connection (MiB/s); 0: unlimited. */
  uploadMiBps: z._default(z.number().check(z.nonnegative()), 0),
  /** The index's time on an upload (POST) before it answers, plus `perMiBMs` for each MiB of the request. */
  uploadMs: z._default(z.number().check(z.nonnegative()), 0),
  perMiBMs: z._default(z.number().check(z.nonnegative()), 0),
  /** The index's time on any other request (simple pages, JSON API, files). */
  readMs: z._default(z.number().check(z.nonnegative()), 0),
});
export type LatencyProfile = z.output<typeof latencySchema>;
export type LatencyProfileInput = z.input<typeof latencySchema>;

/** True when the profile changes anything. */
export function hasLatency(profile: LatencyProfile | undefined): profile is LatencyProfile {
  return profile !== undefined && Object.values(profile).some((value) => value > 0);
}

/** The index's own time on `req` (ms), from its method and declared length. */
export function serverMs(profile: LatencyProfile, req: IncomingMessage): number {
  if (req.method !== 'POST') return profile.readMs;
  const length = Number(req.headers['content-length'] ?? 0);
  return profile.uploadMs + (Number.isFinite(length) ? (length / MIB) * profile.perMiBMs : 0);
}

/** Holds the answer to `req` until the index's time on it has passed since the request ended. */
export function holdResponse(res: ServerResponse, ms: number): void {
  if (ms <= 0) return;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  let requestEnded = Date.now();
  res.req.once('end', () => {
    requestEnded = Date.now();
  });
  res.end = ((...args: unknown[]) => {
    const wait = requestEnded + ms - Date.now();
    if (wait <= 0) return end(...args);
    setTimeout(() => end(...args), wait).unref();
    return res;
  }) as ServerResponse['end'];
}

/**
 * The network part of the profile: a TCP relay in front of the index. Each connection is held for one RTT before
 * it reaches the index (the handshake), its bytes towards the index are paced at `uploadMiBps` with the client
 * held back (so its progress is real), and they arrive half an RTT late; the answers come back half an RTT late.
 * The pacing keeps to its rate: a pause that ends late (timers fire a little after their time, more so on a busy
 * machine) is not charged to the client, which had its next bytes ready all along.
 */
export async function startLatencyRelay(
  profile: LatencyProfile,
  upstream: { host: string; port: number },
  listen: { host: string; port: number },
): Promise<{ address: AddressInfo; close(): void }> {
  const sockets = new Set<Socket>();
  const server = createServer({ allowHalfOpen: true }, (client) => {
    sockets.add(client);
    client.pause();
    const target = connect({ port: upstream.port, host: upstream.host, allowHalfOpen: true });
    sockets.add(target);
    // An error cuts both sides at once; a normal end travels with the data (half an RTT late, see below).
    const fail = () => {
      client.destroy();
      target.destroy();
    };
    client.on('error', fail).on('close', () => sockets.delete(client));
    target.on('error', fail).on('close', () => sockets.delete(target));
    const oneWay = profile.rttMs / 2;
    const toIndex = new DelayLine();
    const toClient = new DelayLine();
    let nextFree = 0;
    // How late the timer that ended our last pause fired: the client's bytes were waiting on us, not it on them.
    let lateness = 0;
    const bytesPerMs = (profile.uploadMiBps * MIB) / 1000;
    client.on('data', (chunk: Buffer) => {
      const now = Date.now();
      const start = Math.max(now - lateness, nextFree);
      lateness = 0;
      const sent = bytesPerMs > 0 ? start + chunk.length / bytesPerMs : now;
      nextFree = sent;
      if (sent - now > 5) {
        client.pause();
        setTimeout(() => {
          lateness = Math.max(0, Date.now() - sent);
          client.resume();
        }, sent - now).unref();
      }
      toIndex.push(sent + oneWay, () => target.write(chunk));
    });
    client.on('end', () => toIndex.push(Math.max(Date.now(), nextFree) + oneWay, () => target.end()));
    target.on('data', (chunk: Buffer) => toClient.push(Date.now() + oneWay, () => client.write(chunk)));
    target.on('end', () => toClient.push(Date.now() + oneWay, () => client.end()));
    later(profile.rttMs, () => client.resume());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(listen.port, listen.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the latency relay has no port');
  return {
    address,
    close() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** Runs `fn` after `ms` (at once when `ms` ≤ 0). */
function later(ms: number, fn: () => void): void {
  if (ms <= 0) fn();
  else setTimeout(fn, ms).unref();
}

/**
 * Delivers in the order pushed, each no earlier than its due time. One timer at a time: timers of their own could
 * fire out of order (libuv computes a timer's due time from the loop's cached clock, not from `Date.now()`).
 */
class DelayLine {
  private readonly queue: Array<{ due: number; deliver: () => void }> = [];
  private timer: NodeJS.Timeout | undefined;

  push(due: number, deliver: () => void): void {
    this.queue.push({ due, deliver });
    if (this.timer === undefined) this.drain();
  }

  private drain(): void {
    this.timer = undefined;
    while (this.queue.length > 0) {
      const head = this.queue[0] as { due: number; deliver: () => void };
      const wait = head.due - Date.now();
      if (wait > 0) {
        this.timer = setTimeout(() => this.drain(), wait);
        this.timer.unref();
        return;
      }
      this.queue.shift();
      head.deliver();
    }
  }
}
