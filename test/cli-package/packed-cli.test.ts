// The npm package `pypi-release` as a user gets it: built, packed, installed offline into an empty folder outside
// the workspace (no workspace package, no tsx reachable), then run from there.
import { execFile, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { nodeBinary } from '@pypi-release/actions-runtime';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCliPackage } from '../../scripts/cli-package';
import { installOffline, npmEnv, npmPack, packLibsql } from './offline-install';

const run = promisify(execFile);

describe('the packed pypi-release CLI, installed offline', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let app: string;
  let bin: string;
  let version: string;
  let env: NodeJS.ProcessEnv;
  let tarball: string;

  beforeAll(async () => {
    work = await tempDir('packed-cli-');
    fixture = await buildFixture({ name: 'packed-demo', version: '1.2.0' });
    env = npmEnv(work.path);
    const built = await buildCliPackage(join(work.path, 'package'));
    version = built.version;
    const tarballs = join(work.path, 'tarballs');
    await mkdir(tarballs);
    tarball = await npmPack(built.dir, tarballs, env);
    const libsql = await packLibsql(tarballs, env);
    app = join(work.path, 'app');
    await installOffline(app, [tarball, ...libsql], env);
    bin = join(app, 'node_modules/.bin/pypi-release');
  }, 300_000);
  afterAll(async () => {
    await fixture?.cleanup();
    await work?.cleanup();
  });

  const cli = (args: readonly string[]) => run(bin, [...args], { cwd: app, env });

  it('holds the bundle, its licenses and a manifest whose one dependency is libsql', async () => {
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const files = stdout.trim().split('\n').sort();
    expect(files).toContain('package/lib/pypi-release.mjs');
    expect(files).toContain('package/THIRD_PARTY_LICENSES.md');
    expect(files.filter((f) => !f.startsWith('package/lib/'))).toEqual([
      'package/README.md',
      'package/THIRD_PARTY_LICENSES.md',
      'package/package.json',
    ]);
    const installed = join(app, 'node_modules/pypi-release');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    expect(manifest.bin).toEqual({ 'pypi-release': 'lib/pypi-release.mjs' });
    expect(Object.keys(manifest.dependencies)).toEqual(['libsql']);
    expect(manifest.devDependencies).toBeUndefined();
    for (const file of readdirSync(join(installed, 'lib'))) {
      const code = readFileSync(join(installed, 'lib', file), 'utf8');
      expect(code, file).not.toMatch(/from\s*["']@pypi-release\/|require\(["']@pypi-release\/|["']tsx["']/);
    }
  });

  it('prints its version, through the bin link and through npx', async () => {
    expect((await cli(['--version'])).stdout).toBe(`${version}\n`);
    const npx = await run('npx', ['--offline', 'pypi-release', '--version'], { cwd: app, env });
    expect(npx.stdout).toBe(`${version}\n`);
  });

  it('verifies provenance lazily: --help from the installed package, Sigstore code outside what --version loads', async () => {
    const help = await cli(['provenance', '--help']);
    expect(help.stdout).toContain('Usage: pypi-release provenance <project> <version>');
    expect((await cli(['--help'])).stdout).toMatch(/^ {2}provenance {3}/m);
    const lib = join(app, 'node_modules/pypi-release/lib');
    // Every chunk `--version` loads (the entry and its static imports, transitively) is free of the attestation
    // code (Sigstore and its production root), which only the provenance (and serve) chunks load.
    const loaded = new Map<string, string>();
    const pending = ['pypi-release.mjs'];
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      if (loaded.has(file)) continue;
      const code = readFileSync(join(lib, file), 'utf8');
      loaded.set(file, code);
      for (const m of code.matchAll(/(?:from|import)\s*"\.\/(chunk-[\w-]+\.mjs)"/g)) pending.push(m[1] ?? '');
    }
    expect(loaded.size).toBeGreaterThan(1);
    const loadedByVersion = [...loaded.values()];
    for (const code of loadedByVersion) expect(code).not.toContain('tuf-repo-cdn.sigstore.dev');
    const chunks = readdirSync(lib).map((f) => readFileSync(join(lib, f), 'utf8'));
    expect(chunks.some((code) => code.includes('tuf-repo-cdn.sigstore.dev'))).toBe(true);
    // The bundled production root loads (no node_modules lookup); the unreachable index then fails with exit 1.
    const failed = cli(['provenance', 'packed-demo', '1.2.0', '--index-url', 'http://127.0.0.1:9']);
    await expect(failed).rejects.toMatchObject({ code: 1 });
    expect(((await failed.catch((e: { stderr: string }) => e)) as { stderr: string }).stderr).toContain(
      'GET http://127.0.0.1:9/pypi/packed-demo/1.2.0/json failed',
    );
  });

  it('runs on Node 24 too (npx -y node@24)', async () => {
    const node24 = await nodeBinary(24);
    const entry = join(app, 'node_modules/pypi-release/lib/pypi-release.mjs');
    expect((await run(node24, [entry, '--version'], { cwd: app, env })).stdout).toBe(`${version}\n`);
    const { stdout } = await run(node24, [entry, 'check', '--json', fixture.dist], { cwd: app, env });
    expect((JSON.parse(stdout) as { ok: boolean }).ok).toBe(true);
  }, 300_000);

  it('checks a release', async () => {
    const { stdout } = await cli(['check', '--json', fixture.dist]);
    const report = JSON.parse(stdout) as { ok: boolean; files: { filename: string }[] };
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.filename).sort()).toEqual(
      ['packed_demo-1.2.0-py3-none-any.whl', 'packed_demo-1.2.0.tar.gz'].sort(),
    );
  });

  it('fails a check on a file PyPI refuses, with exit status 1', async () => {
    const bad = join(work.path, 'bad');
    await mkdir(bad);
    await run('cp', [
      join(fixture.dist, 'packed_demo-1.2.0-py3-none-any.whl'),
      join(bad, 'packed_demo-1.2.0-py3-none-linux_x86_64.whl'),
    ]);
    await expect(cli(['check', bad])).rejects.toMatchObject({ code: 1 });
  });

  it('serves an index (libsql from the installed dependency) and dry-runs a publish against it', async () => {
    const server = spawn(bin, ['serve', '--port', '0', '--data-dir', join(work.path, 'index')], {
      cwd: app,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    server.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
    try {
      const uploadUrl = await new Promise<string>((resolve, reject) => {
        let out = '';
        server.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const match = /Upload URL: (\S+)/.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        void exited.then((code) =>
          reject(new Error(`serve exited (${code}) before its Upload URL: ${stderr}`)),
        );
      });
      const simple = await fetch(new URL('/simple/', uploadUrl));
      expect(simple.status).toBe(200);
      expect(await simple.text()).toContain('<html');

      const { stdout, stderr: publishErr } = await cli([
        'publish',
        '--dry-run',
        '--repository-url',
        uploadUrl,
        fixture.dist,
      ]);
      expect(stdout, publishErr).toContain('Dry run: nothing was uploaded.');
      expect(stdout).toContain('would-upload');
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
