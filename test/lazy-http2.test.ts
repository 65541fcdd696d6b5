import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { constants } from 'node:http2';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it } from 'vitest';
import { NODE_ESM_BUNDLE } from '../scripts/esbuild-node';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lazy-http2-'));
  dirs.push(dir);
  return dir;
}

describe('scripts/lazy-http2.ts: node:http2 only when undici opens an HTTP/2 session', () => {
  it("bundles undici's Agent without loading node:http2, and a request still works", async () => {
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `import { createServer } from 'node:http';
       import { Agent } from ${JSON.stringify(join(import.meta.dirname, '../packages/pypi-client/src/undici-parts.ts'))};
       const server = createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
       await new Promise((resolve) => server.once('listening', resolve));
       const agent = new Agent();
       const response = await agent.request({ origin: 'http://127.0.0.1:' + server.address().port, path: '/', method: 'GET' });
       const text = await response.body.text();
       await agent.close();
       server.close();
       console.log(JSON.stringify({ text, http2: process.moduleLoadList.some((m) => m === 'NativeModule http2') }));`,
    );
    await build({ ...NODE_ESM_BUNDLE, entryPoints: { entry }, outdir: join(dir, 'out'), absWorkingDir: dir });
    const run = spawnSync(process.execPath, [join(dir, 'out/entry.js')], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ text: 'ok', http2: false });
  });

  it("gives undici's HTTP/2 client node:http2's own constants and connect", async () => {
    const dir = tempDir();
    const entry = join(dir, 'entry.ts');
    const clientH2 = createRequire(join(import.meta.dirname, '../packages/pypi-client/package.json')).resolve(
      'undici/lib/dispatcher/client-h2.js',
    );
    writeFileSync(
      entry,
      `import http2 from 'node:http2';\nexport { http2 };\nimport ${JSON.stringify(clientH2)};\n`,
    );
    const result = await build({
      ...NODE_ESM_BUNDLE,
      entryPoints: { entry },
      outdir: join(dir, 'out'),
      absWorkingDir: dir,
      minify: false,
      write: false,
    });
    const text = result.outputFiles.map((f) => f.text).join('\n');
    expect(text).toContain(`"HTTP2_HEADER_AUTHORITY": ${JSON.stringify(constants.HTTP2_HEADER_AUTHORITY)}`);
    expect(text).toContain(`"NGHTTP2_CANCEL": ${constants.NGHTTP2_CANCEL}`);
    expect(text).toContain('connect: (...args) => __require("node:http2").connect(...args)');
  });

  it('fails the build when undici uses anything else of node:http2', async () => {
    const dir = tempDir();
    const fake = join(dir, 'node_modules/undici/lib/dispatcher');
    mkdirSync(fake, { recursive: true });
    writeFileSync(
      join(fake, 'client-h2.js'),
      "const http2 = require('node:http2');\nconst { constants: { HTTP2_HEADER_PATH } } = http2;\nmodule.exports = () => http2.request(HTTP2_HEADER_PATH);\n",
    );
    writeFileSync(join(dir, 'entry.js'), "import './node_modules/undici/lib/dispatcher/client-h2.js';\n");
    await expect(
      build({
        ...NODE_ESM_BUNDLE,
        entryPoints: [join(dir, 'entry.js')],
        outdir: join(dir, 'out'),
        absWorkingDir: dir,
      }),
    ).rejects.toThrow(/expects only http2\.connect and a destructured http2\.constants; found request/);
  });
});
