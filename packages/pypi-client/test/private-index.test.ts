import type { CheckReport } from '@pypi-release/dists';
import fc from 'fast-check';
import { Agent } from 'undici';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  apiTokenCredentials,
  applyIndexPolicy,
  listRemoteFiles,
  PublishError,
  parseSimpleHtml,
  pypircRepositories,
  pypircRepository,
  resolveIndexPolicy,
  systemClock,
} from '../src/index';
import { startFakeServer } from './support/fake-server';

const SHA = 'a'.repeat(64);
const USER = 'release-bot';
const PASSWORD = 'private-index-canary-31';
const page = (href: string) =>
  `<!DOCTYPE html><html><body><a href="${href}#sha256=${SHA}" data-requires-python="&gt;=3.9">corp_lib-1.0.tar.gz</a></body></html>`;

describe('reading a private index', () => {
  const agent = new Agent();
  const servers: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });
  afterAll(async () => {
    await agent.close();
  });
  const options = (credentials: ReturnType<typeof apiTokenCredentials>) => ({
    dispatcher: agent,
    policy: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxTotalMs: 1 },
    clock: systemClock,
    credentials,
  });

  it('sends the upload credentials on a read only after a 401 from the upload origin, and parses the HTML page', async () => {
    const server = await startFakeServer((req, res) => {
      if (req.headers.authorization === undefined) {
        res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('/files/corp_lib-1.0.tar.gz'));
    });
    servers.push(server);
    const credentials = apiTokenCredentials(PASSWORD, server.url, undefined, USER);
    const files = await listRemoteFiles(`${server.url}/simple/`, 'Corp.Lib', options(credentials));
    expect(files.get('corp_lib-1.0.tar.gz')).toEqual({
      filename: 'corp_lib-1.0.tar.gz',
      sha256: SHA,
      url: `${server.url}/files/corp_lib-1.0.tar.gz`,
    });
    expect(server.received.map((r) => r.url)).toEqual(['/simple/corp-lib/', '/simple/corp-lib/']);
    expect(server.received[0]?.headers.authorization).toBeUndefined();
    expect(server.received[1]?.headers.authorization).toBe(
      `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`,
    );
  });

  it('never sends the credentials to a lookalike host (same server, another origin)', async () => {
    const server = await startFakeServer((_req, res) => {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="x"' }).end();
    });
    servers.push(server);
    const credentials = apiTokenCredentials(PASSWORD, server.url, undefined, USER);
    const lookalike = server.url.replace('127.0.0.1', 'localhost');
    const error = await listRemoteFiles(`${lookalike}/simple/`, 'corp-lib', options(credentials)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).code).toBe('read-unauthorized');
    expect((error as PublishError).message).toContain('No credentials were sent');
    expect(server.received.length).toBeGreaterThan(0);
    for (const request of server.received) expect(request.headers.authorization).toBeUndefined();
  });
});

describe('PEP 503 HTML project pages', () => {
  it('reads hashes, requires-python (entities decoded), yanked, relative and <base> hrefs', () => {
    const html = `<html><head><base href="https://files.example/pkgs/"></head><body>
      <a href="a-1.0.tar.gz#sha256=${SHA.toUpperCase()}" data-requires-python="&#62;=3.8,&lt;4">a-1.0.tar.gz</a>
      <a href='../b/a-1.0-py3-none-any.whl' data-yanked="">a-1.0-py3-none-any.whl</a>
      <a href="a-0.9.tar.gz#md5=00" data-yanked="broken &amp; bad">a-0.9.tar.gz</a>
      <a name="no-href">x</a></body></html>`;
    expect(parseSimpleHtml(html, 'https://index.example/simple/a/')).toEqual([
      {
        filename: 'a-1.0.tar.gz',
        url: 'https://files.example/pkgs/a-1.0.tar.gz',
        sha256: SHA,
        requiresPython: '>=3.8,<4',
        yanked: false,
      },
      {
        filename: 'a-1.0-py3-none-any.whl',
        url: 'https://files.example/b/a-1.0-py3-none-any.whl',
        sha256: undefined,
        requiresPython: undefined,
        yanked: true,
      },
      {
        filename: 'a-0.9.tar.gz',
        url: 'https://files.example/pkgs/a-0.9.tar.gz',
        sha256: undefined,
        requiresPython: undefined,
        yanked: 'broken & bad',
      },
    ]);
  });

  it('reads back any escaped filename and requires-python (property)', () => {
    const escapeHtml = (s: string) =>
      s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&#62;').replace(/"/g, '&quot;');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.trim() !== ''),
        fc.string(),
        fc.stringMatching(/^[0-9a-f]{64}$/),
        (filename, requires, sha) => {
          const html = `<a href="/f/x#sha256=${sha}" data-requires-python="${escapeHtml(requires)}">${escapeHtml(filename)}</a>`;
          const [link] = parseSimpleHtml(html, 'http://i.example/simple/x/');
          expect(link?.filename).toBe(filename);
          expect(link?.requiresPython).toBe(requires);
          expect(link?.sha256).toBe(sha);
        },
      ),
    );
  });
});

describe('.pypirc as twine reads it', () => {
  it('knows pypi and testpypi without a file', () => {
    const repos = pypircRepositories(undefined, '~/.pypirc');
    expect(pypircRepository(repos, 'pypi', '~/.pypirc').repository).toBe('https://upload.pypi.org/legacy/');
    expect(pypircRepository(repos, 'testpypi', '~/.pypirc').repository).toBe('https://test.pypi.org/legacy/');
  });

  it('reads multi-line index-servers, sections, [server-login] defaults and comments', () => {
    const text = [
      '# my indexes',
      '[distutils]',
      'index-servers =',
      '    pypi',
      '    corp',
      '',
      '[server-login]',
      'username: default-user',
      '',
      '[corp]',
      'Repository = https://pypi.corp.example/legacy/',
      '; no username here: [server-login] gives it',
      'password = s3cret-value',
    ].join('\n');
    const repos = pypircRepositories(text, 'rc');
    expect(pypircRepository(repos, 'corp', 'rc')).toEqual({
      name: 'corp',
      repository: 'https://pypi.corp.example/legacy/',
      username: 'default-user',
      password: 's3cret-value',
    });
    expect(pypircRepository(repos, 'pypi', 'rc').repository).toBe('https://upload.pypi.org/legacy/');
    expect(() => pypircRepository(repos, 'testpypi', 'rc')).toThrow("Missing 'testpypi' section from rc");
  });

  it('ignores sections not listed in index-servers, as twine does', () => {
    const text = '[distutils]\nindex-servers = pypi\n\n[corp]\nrepository = https://x.example/legacy/\n';
    expect(() => pypircRepository(pypircRepositories(text, 'rc'), 'corp', 'rc')).toThrow(/Missing 'corp'/);
  });

  it('names a listed section without a repository URL', () => {
    const text = '[distutils]\nindex-servers = corp\n[corp]\nusername = me\n';
    expect(() => pypircRepository(pypircRepositories(text, 'rc'), 'corp', 'rc')).toThrow(
      'rc: the [corp] section has no `repository`',
    );
  });
});

describe('index policy', () => {
  it('is pypi for PyPI and TestPyPI and generic elsewhere under auto', () => {
    expect(resolveIndexPolicy('auto', 'https://upload.pypi.org/legacy/')).toBe('pypi');
    expect(resolveIndexPolicy('auto', 'https://test.pypi.org/legacy/')).toBe('pypi');
    expect(resolveIndexPolicy('auto', 'https://upload.pypi.org.evil.example/legacy/')).toBe('generic');
    expect(resolveIndexPolicy('auto', 'http://127.0.0.1:8080/legacy/')).toBe('generic');
    expect(resolveIndexPolicy('pypi', 'http://127.0.0.1:8080/legacy/')).toBe('pypi');
  });

  it('turns only the errors of PyPI-only rules into warnings under generic', () => {
    const report: CheckReport = {
      ok: false,
      problems: [],
      files: [
        {
          path: 'x',
          filename: 'x',
          kind: 'wheel',
          name: 'x',
          version: '1',
          size: 1,
          sha256: SHA,
          digests: undefined,
          metadata: undefined,
          members: [],
          problems: [
            { code: 'metadata-local-version', severity: 'error', message: 'local' },
            { code: 'wheel-platform-tag', severity: 'error', message: 'linux_x86_64' },
          ],
        },
      ],
    };
    const generic = applyIndexPolicy(report, 'generic', false);
    expect(generic.ok).toBe(true);
    expect(generic.files[0]?.problems.map((p) => p.severity)).toEqual(['warning', 'warning']);
    expect(applyIndexPolicy(report, 'generic', true).ok).toBe(false);
    expect(applyIndexPolicy(report, 'pypi', false).ok).toBe(false);
    const withOther: CheckReport = {
      ...report,
      problems: [{ code: 'set-one-sdist', severity: 'error', message: 'two sdists' }],
    };
    expect(applyIndexPolicy(withOther, 'generic', false).ok).toBe(false);
  });
});
