import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import * as undici from 'undici';
import { describe, expect, it } from 'vitest';
import * as parts from '../src/undici-parts';

describe('undici-parts: undici without its index', () => {
  it('exports the very classes and functions undici exports', () => {
    expect(parts.Agent).toBe(undici.Agent);
    expect(parts.buildConnector).toBe(undici.buildConnector);
    expect(parts.Dispatcher).toBe(undici.Dispatcher);
  });

  it('gives an Agent whose request() works in a process that never loads undici/index.js', () => {
    // A fresh Node process: the parts alone, a request to its own server, then which undici files were loaded.
    const script = `
      import { createServer } from 'node:http';
      import { createRequire } from 'node:module';
      import { Agent } from ${JSON.stringify(join(import.meta.dirname, '../src/undici-parts.ts'))};
      const server = createServer((req, res) => res.end('hello ' + req.url)).listen(0, '127.0.0.1');
      await new Promise((resolve) => server.once('listening', resolve));
      const agent = new Agent();
      const response = await agent.request({ origin: 'http://127.0.0.1:' + server.address().port, path: '/x', method: 'GET' });
      const text = await response.body.text();
      await agent.close();
      server.close();
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => f.includes('undici'));
      console.log(JSON.stringify({ status: response.statusCode, text, index: loaded.filter((f) => /undici[\\\\/]index\\.js$/.test(f)), count: loaded.length }));
    `;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      cwd: join(import.meta.dirname, '..'),
    });
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}');
    expect(result).toMatchObject({ status: 200, text: 'hello /x', index: [] });
    expect(result.count).toBeGreaterThan(10);
  });
});
