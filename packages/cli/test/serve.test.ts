import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli-io';
import { runCli } from '../src/main';

const repoRoot = join(import.meta.dirname, '../../..');

describe('pypi-release serve (DESIGN.md command-line contract)', () => {
  it('prints its upload and simple URLs, serves, and stops cleanly on SIGTERM', async () => {
    const dir = await tempDir();
    // The CLI itself (what `pnpm pypi-release` runs), so that the signal reaches it and not pnpm.
    const bin = join(repoRoot, 'packages/cli/src/bin.ts');
    const args = ['--import', 'tsx', bin, 'serve', '--port', '0', '--data-dir', dir.path];
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const urls = await new Promise<{ upload: string; simple: string }>((resolve, reject) => {
        child.on('exit', (code) => reject(new Error(`serve exited early (${code})`)));
        child.stdout.on('data', (chunk: string) => {
          stdout += chunk;
          const upload = /^Upload URL: (\S+)$/m.exec(stdout)?.[1];
          const simple = /^Simple index: (\S+)$/m.exec(stdout)?.[1];
          if (upload && simple) resolve({ upload, simple });
        });
      });
      expect(urls.upload).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/legacy\/$/);
      const response = await fetch(urls.simple, {
        headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({
        meta: { 'api-version': expect.any(String) },
        projects: [],
      });
      child.kill('SIGTERM');
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await dir.cleanup();
    }
  });

  it('rejects a bad port as a usage error', async () => {
    const err: string[] = [];
    const io: CliIo = {
      stdout: () => {},
      stderr: (t) => err.push(t),
      env: {},
      stopSignal: new Promise(() => {}),
    };
    expect(await runCli(['serve', '--port', 'eighty'], io)).toBe(2);
    expect(err.join('')).toContain('--port must be a number');
    expect(err.join('')).toContain('Usage: pypi-release serve');
  });
});

describe('pypi-release oidc-issuer', () => {
  it('serves GitHub-shaped tokens for the job it describes until stopped', async () => {
    const out: string[] = [];
    let stop: (signal: string) => void = () => {};
    const io: CliIo = {
      stdout: (t) => out.push(t),
      stderr: () => {},
      env: {},
      stopSignal: new Promise((resolve) => {
        stop = resolve;
      }),
    };
    const running = runCli(['oidc-issuer', '--repository', 'octo/pkg', '--environment', 'pypi'], io);
    while (!out.join('').includes('ACTIONS_ID_TOKEN_REQUEST_TOKEN='))
      await new Promise((r) => setImmediate(r));
    const text = out.join('');
    const url = /^ACTIONS_ID_TOKEN_REQUEST_URL=(\S+)$/m.exec(text)?.[1] ?? '';
    const token = /^ACTIONS_ID_TOKEN_REQUEST_TOKEN=(\S+)$/m.exec(text)?.[1] ?? '';
    const response = await fetch(`${url}&audience=pypi`, { headers: { Authorization: `Bearer ${token}` } });
    const { value } = (await response.json()) as { value: string };
    const claims = JSON.parse(Buffer.from(value.split('.')[1] ?? '', 'base64url').toString('utf8'));
    expect(claims).toMatchObject({
      aud: 'pypi',
      repository: 'octo/pkg',
      environment: 'pypi',
      job_workflow_ref: 'octo/pkg/.github/workflows/release.yml@refs/tags/v1.0.0',
    });
    stop('SIGTERM');
    expect(await running).toBe(0);
  });
});
