import { buildFixture } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiTokenCredentials, PublishError, type PublishOptions, publish } from '../src/index';
import {
  API_TOKEN,
  addFaults,
  recordingClock,
  recordingLogger,
  type Stack,
  startStack,
} from './support/stack';

type Fixture = Awaited<ReturnType<typeof buildFixture>>;
let fixture: Fixture;
let other: Fixture;
let stack: Stack;

beforeAll(async () => {
  [fixture, other] = await Promise.all([
    buildFixture({ name: 'demo-pkg', version: '1.0.0' }),
    buildFixture({
      name: 'demo-pkg',
      version: '1.0.0',
      readme: { file: 'README.md', text: '# Other bytes\n' },
    }),
  ]);
}, 180_000);
afterAll(async () => {
  await fixture?.cleanup();
  await other?.cleanup();
});
beforeEach(async () => {
  stack = await startStack();
});
afterEach(async () => {
  await stack.close();
});

function options(overrides: Partial<PublishOptions> = {}): PublishOptions & {
  logger: ReturnType<typeof recordingLogger>;
  clock: ReturnType<typeof recordingClock>;
} {
  return {
    paths: [fixture.dist],
    repositoryUrl: stack.index.uploadUrl,
    dispatcher: stack.agent,
    credentials: async (endpoints) => apiTokenCredentials(API_TOKEN, endpoints.origin),
    logger: recordingLogger(),
    clock: recordingClock(),
    ...overrides,
  } as PublishOptions & {
    logger: ReturnType<typeof recordingLogger>;
    clock: ReturnType<typeof recordingClock>;
  };
}

async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

describe('publish with an API token', () => {
  it('uploads the sdist first, then the wheel, and verifies both through the simple JSON API', async () => {
    const opts = options();
    const result = await publish(opts);
    expect(result.files.map((f) => [f.filename, f.status])).toEqual([
      ['demo_pkg-1.0.0.tar.gz', 'uploaded'],
      ['demo_pkg-1.0.0-py3-none-any.whl', 'uploaded'],
    ]);
    expect(result.verified).toBe(true);
    expect(result.files.every((f) => f.url?.startsWith(stack.index.url))).toBe(true);
    const uploads = opts.logger.lines.filter((l) => l.startsWith('info: Uploading'));
    expect(uploads[0]).toContain('.tar.gz');
    expect(uploads[1]).toContain('.whl');
    expect(result.projectUrl).toBe(`${stack.index.url}/simple/demo-pkg/`);
    expect(opts.logger.text()).not.toContain(API_TOKEN);
  });

  it('prints the sha256 and blake2-256 of every file before the first upload (print-hash)', async () => {
    const opts = options({ printHashes: true });
    const result = await publish(opts);
    const lines = opts.logger.lines;
    const listing = lines.findIndex((l) => l.startsWith('info: Hashes of the files to upload:'));
    const firstUpload = lines.findIndex((l) => l.startsWith('info: Uploading'));
    expect(listing).toBeGreaterThanOrEqual(0);
    expect(listing).toBeLessThan(firstUpload);
    for (const file of result.files) {
      expect(lines[listing]).toContain(`${file.filename}\n    sha256      ${file.sha256}`);
    }
    expect(lines[listing]).toMatch(/blake2-256 {2}[0-9a-f]{64}/);
  });

  it('prints no hashes unless asked', async () => {
    const opts = options();
    await publish(opts);
    expect(opts.logger.text()).not.toContain('Hashes of the files to upload');
  });

  it('reports an empty token as such', () => {
    expect(() => apiTokenCredentials('', 'https://upload.pypi.org')).toThrow(/API token is empty/);
  });

  it('sends nothing when the pre-flight fails', async () => {
    const error = await failure(publish(options({ paths: [`${fixture.dist}/nothing-here`] })));
    expect(error.code).toBe('preflight-failed');
    expect(error.isUserError).toBe(true);
    expect(stack.index.storage.index.projects()).toEqual([]);
  });

  it('does everything but the uploads on a dry run', async () => {
    const result = await publish(options({ dryRun: true }));
    expect(result.files.map((f) => f.status)).toEqual(['would-upload', 'would-upload']);
    expect(stack.index.storage.index.projects()).toEqual([]);
  });
});

describe('skip-existing', () => {
  it('skips files the index holds with the same sha256', async () => {
    await publish(options());
    const again = options({ skipExisting: true });
    const result = await publish(again);
    expect(result.files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    expect(again.logger.lines.some((l) => l.startsWith('info: Uploading'))).toBe(false);
  });

  it('fails, naming both hashes, when the index holds other bytes under the name', async () => {
    await publish(options());
    const error = await failure(publish(options({ skipExisting: true, paths: [other.dist] })));
    expect(error.code).toBe('file-exists-different');
    const local = other.files.length;
    expect(local).toBe(2);
    expect(error.message).toMatch(/the index has sha256 [0-9a-f]{64}, the local file [0-9a-f]{64}/);
    expect(error.message).toContain('nothing was uploaded');
  });

  it('without skip-existing, a conflicting upload fails naming both hashes', async () => {
    await publish(options());
    const error = await failure(publish(options({ paths: [other.dist] })));
    expect(error.code).toBe('file-exists-different');
    expect(error.message).toMatch(
      /already holds sha256 [0-9a-f]{64} under this name; the local file has sha256 [0-9a-f]{64}/,
    );
  });
});

describe('transient failures', () => {
  it('ends as success when the response to a stored upload was lost', async () => {
    await addFaults(stack.index, [{ kind: 'drop-after-store', filename: '\\.whl$' }]);
    const opts = options();
    const result = await publish(opts);
    expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(opts.clock.sleeps).toHaveLength(1);
    expect(opts.logger.text()).toMatch(/upload of demo_pkg-1\.0\.0-py3-none-any\.whl: the connection failed/);
    expect(result.verified).toBe(true);
  });

  it('retries 503 twice, then succeeds, backing off exponentially', async () => {
    await addFaults(stack.index, [{ kind: 'status-503', count: 2, filename: '\\.tar\\.gz$' }]);
    const opts = options();
    const result = await publish(opts);
    expect(result.files[0]?.status).toBe('uploaded');
    expect(opts.clock.sleeps).toEqual([750, 1500]);
    expect(opts.logger.text()).toContain('503 Service Unavailable; attempt 2 of 5');
  });

  it('honours Retry-After on 429', async () => {
    await addFaults(stack.index, [{ kind: 'status-429', retryAfter: 7, filename: '\\.whl$' }]);
    const opts = options();
    await publish(opts);
    expect(opts.clock.sleeps).toEqual([7000]);
  });

  it('retries a connection reset mid-body', async () => {
    await addFaults(stack.index, [{ kind: 'reset', filename: '\\.tar\\.gz$' }]);
    const opts = options();
    const result = await publish(opts);
    expect(result.files[0]?.status).toBe('uploaded');
    expect(opts.clock.sleeps).toHaveLength(1);
    expect(opts.logger.text()).toMatch(
      /upload of demo_pkg-1\.0\.0\.tar\.gz: the connection failed \((ECONNRESET|UND_ERR_SOCKET|EPIPE)/,
    );
  });

  it('abandons a stalled attempt after the stall timeout and retries', async () => {
    await addFaults(stack.index, [{ kind: 'stall', filename: '\\.whl$' }]);
    const opts = options({ stallTimeoutMs: 300 });
    const result = await publish(opts);
    expect(result.files[1]?.status).toBe('uploaded');
    expect(opts.logger.text()).toContain('no progress for 0.3 s');
  });

  it('gives up after the attempt budget, saying the index is failing', async () => {
    await addFaults(stack.index, [{ kind: 'status-503', count: 10, filename: '\\.tar\\.gz$' }]);
    const opts = options({ retry: { maxAttempts: 3 } });
    const error = await failure(publish(opts));
    expect(error.code).toBe('index-unavailable');
    expect(error.isUserError).toBe(false);
    expect(error.message).toContain('gave up after 3 attempts');
    expect(error.message).toContain('0 of 2 file(s) done; 1 not attempted');
  });
});

describe('redirects', () => {
  it('refuses to follow the redirect of /legacy without its slash, with the hint', async () => {
    const error = await failure(publish(options({ repositoryUrl: `${stack.index.url}/legacy` })));
    expect(error.code).toBe('redirect');
    expect(error.message).toContain('308');
    expect(error.message).toContain('trailing slash: …/legacy/');
    expect(stack.index.storage.index.projects()).toEqual([]);
  });
});
