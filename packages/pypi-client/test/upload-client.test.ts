import { checkDistributions, type FileReport } from '@pypi-release/dists';
import { buildFixture } from '@pypi-release/testkit';
import { Agent } from 'undici';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { apiTokenCredentials, PublishError, publish, uploadFile } from '../src/index';
import { startFakeServer } from './support/fake-server';
import { recordingClock, recordingLogger } from './support/stack';

let fixture: Awaited<ReturnType<typeof buildFixture>>;
let wheel: FileReport;
let sdist: FileReport;
const agent = new Agent();
let server: Awaited<ReturnType<typeof startFakeServer>> | undefined;

beforeAll(async () => {
  fixture = await buildFixture({
    name: 'Up.Load',
    version: '2.0',
    projectLines: ['classifiers = ["Programming Language :: Python :: 3", "Topic :: Utilities"]'],
  });
  const report = await checkDistributions([fixture.dist]);
  wheel = report.files.find((f) => f.kind === 'wheel') as FileReport;
  sdist = report.files.find((f) => f.kind === 'sdist') as FileReport;
}, 180_000);
afterAll(async () => {
  await agent.close();
  await fixture?.cleanup();
});
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function upload(file: FileReport, url: string) {
  const origin = new URL(url).origin;
  return uploadFile(file, {
    uploadUrl: url,
    dispatcher: agent,
    credentials: apiTokenCredentials('pypi-secret', origin),
    policy: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 1, maxTotalMs: 1000 },
    clock: recordingClock(),
  });
}

function formFields(body: Buffer, boundary: string): Array<[string, string]> {
  const parts = body.toString('latin1').split(`--${boundary}`).slice(1, -1);
  return parts.map((part) => {
    const [head = '', ...rest] = part.slice(2).split('\r\n\r\n');
    const name = /name="([^"]+)"/.exec(head)?.[1] ?? '';
    return [name, rest.join('\r\n\r\n').slice(0, -2)];
  });
}

describe('upload client', () => {
  it('sends a multipart form with a Content-Length, every digest and the metadata fields', async () => {
    server = await startFakeServer((_req, res) => {
      res.setHeader('content-type', 'application/json');
      res.end('{"message": ""}');
    });
    const answer = await upload(wheel, `${server.url}/legacy/`);
    expect(answer).toEqual({ kind: 'stored', attempts: 1 });
    const request = server.received[0];
    expect(request?.headers['content-length']).toBe(String(request?.body.length));
    expect(request?.headers['transfer-encoding']).toBeUndefined();
    expect(request?.headers.accept).toBe('application/json');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('__token__:pypi-secret').toString('base64')}`,
    );
    const boundary = /boundary=(.+)$/.exec(request?.headers['content-type'] ?? '')?.[1] ?? '';
    const fields = formFields(request?.body ?? Buffer.alloc(0), boundary);
    const get = (name: string) => fields.filter(([n]) => n === name).map(([, v]) => v);
    expect(get(':action')).toEqual(['file_upload']);
    expect(get('protocol_version')).toEqual(['1']);
    expect(get('filetype')).toEqual(['bdist_wheel']);
    expect(get('pyversion')).toEqual(['py3']);
    expect(get('name')).toEqual(['Up.Load']);
    expect(get('version')).toEqual(['2.0']);
    expect(get('sha256_digest')).toEqual([wheel.sha256]);
    expect(get('blake2_256_digest')).toEqual([wheel.digests?.blake2_256]);
    expect(get('classifiers')).toEqual(['Programming Language :: Python :: 3', 'Topic :: Utilities']);
    expect(get('metadata_version')).toHaveLength(1);
    expect(get('content')[0]?.length).toBe(wheel.size);
  });

  it('sends filetype sdist and pyversion source for an sdist', async () => {
    server = await startFakeServer((_req, res) => res.end(''));
    await upload(sdist, `${server.url}/legacy/`);
    const request = server.received[0];
    const boundary = /boundary=(.+)$/.exec(request?.headers['content-type'] ?? '')?.[1] ?? '';
    const fields = new Map(formFields(request?.body ?? Buffer.alloc(0), boundary));
    expect(fields.get('filetype')).toBe('sdist');
    expect(fields.get('pyversion')).toBe('source');
  });

  it('treats an HTML page answered with 200 as a failure', async () => {
    server = await startFakeServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end('<!DOCTYPE html><html><head><title>Warehouse</title></head><body>Hello</body></html>');
    });
    const error = await upload(wheel, `${server.url}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PublishError);
    expect((error as PublishError).message).toContain('answered 200 with an HTML page');
  });

  it('reads the reason phrase of an error when the body is not JSON', async () => {
    server = await startFakeServer((_req, res) => {
      res.statusCode = 400;
      res.statusMessage = "'version' is an invalid value for Version";
      res.end('<html>error</html>');
    });
    const error = (await upload(wheel, `${server.url}/legacy/`).catch((e: unknown) => e)) as PublishError;
    expect(error.code).toBe('upload-refused');
    expect(error.message).toContain("400 'version' is an invalid value for Version");
  });

  it('never skips "previously used by a deleted file"', async () => {
    server = await startFakeServer((_req, res) => {
      res.statusCode = 400;
      res.setHeader('content-type', 'application/json');
      res.end(
        JSON.stringify({
          message:
            'This filename was previously used by a file that has since been deleted. Use a different version.',
        }),
      );
    });
    const error = (await upload(wheel, `${server.url}/legacy/`).catch((e: unknown) => e)) as PublishError;
    expect(error.code).toBe('upload-refused');
    expect(error.message).toContain('PyPI never accepts a filename again');
  });
});

describe('a retried upload whose first attempt was stored', () => {
  it('ends as success when the index then says "File already exists" and lists the same sha256', async () => {
    let posts = 0;
    server = await startFakeServer((req, res) => {
      if (req.method === 'GET') {
        res.setHeader('content-type', 'application/vnd.pypi.simple.v1+json');
        const files = [wheel, sdist].map((f) => ({
          filename: f.filename,
          url: `/files/${f.filename}`,
          hashes: { sha256: f.sha256 },
        }));
        res.end(JSON.stringify({ meta: { 'api-version': '1.1' }, name: 'up-load', files }));
        return;
      }
      posts++;
      if (posts === 1) {
        res.socket?.destroy(); // stored, but the answer is lost
        return;
      }
      res.statusCode = 400;
      res.statusMessage = "File already exists ('up_load-2.0-py3-none-any.whl', with blake2_256 hash 'x')";
      res.end();
    });
    const logger = recordingLogger();
    const result = await publish({
      paths: [wheel.path],
      repositoryUrl: `${server.url}/legacy/`,
      dispatcher: agent,
      credentials: async (e) => apiTokenCredentials('pypi-secret', e.origin),
      clock: recordingClock(),
      logger,
    });
    expect(result.files.map((f) => f.status)).toEqual(['uploaded']);
    expect(logger.text()).toContain('an earlier attempt had stored it');
    expect(server.received.find((r) => r.method === 'GET')?.headers.authorization).toBeUndefined();
  });
});
