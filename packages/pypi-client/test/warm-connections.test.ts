import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import { createServer as createHttpServer, type Server } from 'node:http';
import { type AddressInfo, connect, createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { Agent, request } from 'undici';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiTokenCredentials, createDispatcher, PublishError, publish } from '../src/index';
import { warmingConnector } from '../src/warm-connections';
import { API_TOKEN, type Stack, startStack } from './support/stack';

/** A TCP relay that records, for each connection, when it was accepted and the bytes the client sent. */
async function recordingRelay(port: number) {
  const connections: { acceptedAt: number; firstByteAt: number | undefined; bytes: number }[] = [];
  const sockets = new Set<Socket>();
  const accepted: (() => void)[] = [];
  const server = createServer((client) => {
    const record = { acceptedAt: performance.now(), firstByteAt: undefined as number | undefined, bytes: 0 };
    connections.push(record);
    for (const wake of accepted.splice(0)) wake();
    const upstream = connect(port, '127.0.0.1');
    sockets.add(client).add(upstream);
    client.on('data', (chunk: Buffer) => {
      record.firstByteAt ??= performance.now();
      record.bytes += chunk.length;
    });
    client.pipe(upstream).pipe(client);
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', cut).on('close', cut);
    upstream.on('error', cut).on('close', cut);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    connections,
    /** Resolves once `count` connections were accepted. */
    async accepted(count: number): Promise<void> {
      while (connections.length < count) await new Promise<void>((resolve) => accepted.push(resolve));
    },
    async close(): Promise<void> {
      for (const socket of sockets) socket.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

describe('a dispatcher that preconnects', () => {
  let server: Server;
  let url: string;
  let opened: Socket[];
  beforeEach(async () => {
    opened = [];
    server = createHttpServer((_req, res) => res.end('ok'));
    server.on('connection', (socket) => opened.push(socket));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterEach(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });

  const connected = async (count: number): Promise<void> => {
    while (opened.length < count) await once(server, 'connection');
  };

  it('hands the connections it opened ahead to the requests: no new handshake', async () => {
    const dispatcher = createDispatcher();
    try {
      dispatcher.preconnect(url, 3);
      await connected(3);
      const answers = await Promise.all(
        [1, 2, 3].map(async () => (await request(url, { dispatcher })).body.text()),
      );
      expect(answers).toEqual(['ok', 'ok', 'ok']);
      expect(opened).toHaveLength(3);
    } finally {
      await dispatcher.close();
    }
  });

  it('gives a request that asks during the handshake that connection, not another', async () => {
    const dispatcher = createDispatcher();
    try {
      dispatcher.preconnect(url, 1);
      expect(await (await request(url, { dispatcher })).body.text()).toBe('ok');
      expect(opened).toHaveLength(1);
    } finally {
      await dispatcher.close();
    }
  });

  it('does not use a parked connection the server closed: the request connects anew', async () => {
    const warm = warmingConnector();
    const dispatcher = new Agent({ connect: warm.connect });
    try {
      warm.preconnect(url, 1);
      await connected(1);
      (opened[0] as Socket).destroy();
      // the connection is retired as soon as the client sees its end
      while (warm.parked() > 0) await new Promise<void>((resolve) => setImmediate(resolve));
      expect(await (await request(url, { dispatcher })).body.text()).toBe('ok');
      expect(opened).toHaveLength(2);
    } finally {
      warm.close();
      await dispatcher.close();
    }
  });

  it('closes the connections no request took when it is closed', async () => {
    const dispatcher = createDispatcher();
    dispatcher.preconnect(url, 2);
    await connected(2);
    await dispatcher.close();
    await Promise.all(opened.map((s) => (s.closed ? undefined : once(s, 'close'))));
    expect(opened.every((s) => s.closed)).toBe(true);
  });
});

describe('publish warms the upload connections up while the pre-flight runs', () => {
  type Fixture = Awaited<ReturnType<typeof buildFixture>>;
  let fixture: Fixture;
  let stack: Stack;
  beforeAll(async () => {
    fixture = await buildFixture({ name: 'demo-pkg', version: '1.0.0' });
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });
  beforeEach(async () => {
    stack = await startStack();
  });
  afterEach(async () => {
    await stack.close();
  });

  it('opens `concurrency` connections and uses them, sending no byte before the pre-flight passed', async () => {
    const relay = await recordingRelay(Number(new URL(stack.index.url).port));
    const dispatcher = createDispatcher();
    try {
      const result = await publish({
        paths: [fixture.dist],
        repositoryUrl: `${relay.url}/legacy/`,
        dispatcher,
        concurrency: 2,
        credentials: async (endpoints) => apiTokenCredentials(API_TOKEN, endpoints.origin),
      });
      expect(result.verified).toBe(true);
      // Two connections (without the warm-up the sdist, the wheel and the read-back share one), both open before
      // the first request byte.
      expect(relay.connections).toHaveLength(2);
      const firstByte = Math.min(...relay.connections.map((c) => c.firstByteAt ?? Infinity));
      expect(relay.connections.every((c) => c.acceptedAt <= firstByte)).toBe(true);
    } finally {
      await dispatcher.close();
      await relay.close();
    }
  });

  it('sends nothing on them when the pre-flight fails', async () => {
    const relay = await recordingRelay(Number(new URL(stack.index.url).port));
    const dir = await tempDir('warm-preflight-');
    const dispatcher = createDispatcher();
    try {
      await writeFile(join(dir.path, 'demo_pkg-1.0.0-py3-none-any.whl'), 'not a zip archive');
      const error = await publish({
        paths: [dir.path],
        repositoryUrl: `${relay.url}/legacy/`,
        dispatcher,
        concurrency: 3,
        credentials: async (endpoints) => apiTokenCredentials(API_TOKEN, endpoints.origin),
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PublishError);
      expect((error as PublishError).code).toBe('preflight-failed');
      // nothing but the warm-up opens a connection here: no request follows a failed pre-flight
      await relay.accepted(3);
      expect(relay.connections).toHaveLength(3);
      expect(relay.connections.map((c) => c.bytes)).toEqual([0, 0, 0]);
    } finally {
      await dispatcher.close();
      await relay.close();
      await dir.cleanup();
    }
  });

  it('opens none for a dry run', async () => {
    const relay = await recordingRelay(Number(new URL(stack.index.url).port));
    const dispatcher = createDispatcher();
    try {
      const result = await publish({
        paths: [fixture.dist],
        repositoryUrl: `${relay.url}/legacy/`,
        dispatcher,
        dryRun: true,
        credentials: async (endpoints) => apiTokenCredentials(API_TOKEN, endpoints.origin),
      });
      expect(result.dryRun).toBe(true);
      // the dry run reads the project's files once: one connection, for that read
      expect(relay.connections).toHaveLength(1);
      expect(relay.connections[0]?.bytes).toBeGreaterThan(0);
    } finally {
      await dispatcher.close();
      await relay.close();
    }
  });
});
