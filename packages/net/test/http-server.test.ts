import { createServer, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { closeServer, listen } from '../src/index';

describe('service plumbing', () => {
  it('listens on a free port and returns its base URL', async () => {
    const server = createServer((_req, res) => res.end('ok'));
    const url = await listen(server, '127.0.0.1', 0);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const body = await fetch(url).then((res) => res.text());
    expect(body).toBe('ok');
    await closeServer(server);
    expect(server.listening).toBe(false);
  });

  it('closes a connection that is still open mid-request, so no handle outlives the server', async () => {
    let arrived!: () => void;
    const started = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const server = createServer(() => arrived()); // never answers
    const url = await listen(server, '127.0.0.1', 0);
    const closed = new Promise<string>((resolve) => {
      const req = request(url, { method: 'POST' });
      req.on('error', (error) => resolve(error.message));
      req.write('partial');
    });
    await started;
    await closeServer(server);
    expect(await closed).toMatch(/socket hang up|ECONNRESET/);
  });

  it('rejects when the port is taken', async () => {
    const first = createServer();
    const url = await listen(first, '127.0.0.1', 0);
    const port = Number(new URL(url).port);
    await expect(listen(createServer(), '127.0.0.1', port)).rejects.toThrow(/EADDRINUSE/);
    await closeServer(first);
  });
});
