import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jobClaims } from '@pypi-release/oidc-issuer';
import { buildFixture } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  envIdTokenProvider,
  type IdTokenProvider,
  indexEndpoints,
  PublishError,
  publish,
  type TrustedPublishingCredentials,
  trustedPublishingCredentials,
} from '../src/index';
import {
  addFaults,
  JOB,
  PUBLISHER,
  recordingClock,
  recordingLogger,
  type Stack,
  startStack,
} from './support/stack';

type Fixture = Awaited<ReturnType<typeof buildFixture>>;
let fixture: Fixture;
let stack: Stack | undefined;

beforeAll(async () => {
  fixture = await buildFixture({ name: 'demo-pkg', version: '1.0.0' });
}, 180_000);
afterAll(async () => {
  await fixture?.cleanup();
});
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

function tp(
  s: Stack,
  overrides: { getIdToken?: IdTokenProvider; clock?: ReturnType<typeof recordingClock> } = {},
) {
  const logger = recordingLogger();
  const masked: string[] = [];
  const clock = overrides.clock ?? recordingClock();
  const make = (origin = s.index.uploadUrl) =>
    trustedPublishingCredentials({
      endpoints: indexEndpoints(origin),
      getIdToken:
        overrides.getIdToken ??
        envIdTokenProvider(
          {
            ACTIONS_ID_TOKEN_REQUEST_URL: s.issuer.requestUrl,
            ACTIONS_ID_TOKEN_REQUEST_TOKEN: s.issuer.requestToken,
          },
          s.agent,
        ),
      dispatcher: s.agent,
      clock,
      policy: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 100, maxTotalMs: 10_000 },
      logger,
      maskSecret: (secret) => masked.push(secret),
    });
  return { logger, masked, clock, make };
}

/** Publishes the fixture with Trusted Publishing credentials from `handle` (a `tp(stack)`). */
function publishWith(s: Stack, handle: ReturnType<typeof tp>, options: { verify?: boolean } = {}) {
  return publish({
    paths: [fixture.dist],
    repositoryUrl: s.index.uploadUrl,
    dispatcher: s.agent,
    credentials: () => handle.make(),
    logger: handle.logger,
    clock: handle.clock,
    ...options,
  });
}

/** A regular publisher only uploads to a project that exists (the first release of a new one needs a pending publisher). */
function existingProject(s: Stack): void {
  s.index.storage.index.createProject('demo-pkg', 'demo-pkg', Date.now());
}

async function failure(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

describe('Trusted Publishing', () => {
  it('mints a token and publishes with it, masking every secret the moment it exists', async () => {
    stack = await startStack();
    const s = stack;
    existingProject(s);
    const handle = tp(s);
    const { logger, masked } = handle;
    const result = await publishWith(s, handle);
    expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(logger.text()).toContain('with Trusted Publishing');
    expect(masked.some((m) => m.startsWith('pypi-'))).toBe(true);
    expect(masked.some((m) => m.split('.').length === 3)).toBe(true); // the GitHub JWT
    for (const secret of masked) expect(logger.text()).not.toContain(secret);
  });

  it('re-mints with a fresh GitHub token when less than 5 minutes remain', async () => {
    stack = await startStack();
    const offset = { ms: 0 };
    const { make } = tp(stack, { clock: recordingClock(offset) });
    const credentials: TrustedPublishingCredentials = await make();
    const first = await credentials.authorization(stack.index.uploadUrl);
    expect(await credentials.authorization(stack.index.uploadUrl)).toBe(first);
    offset.ms = 601_000; // 900 s tokens: 299 s left
    const second = await credentials.authorization(stack.index.uploadUrl);
    expect(second).not.toBe(first);
    expect(credentials.mints).toBe(2);
    expect(stack.issuer.issuedCount).toBe(2);
  });

  it('refreshes the token in the middle of a release whose upload outlives it', async () => {
    stack = await startStack();
    const offset = { ms: 0 };
    const s = stack;
    existingProject(s);
    const { logger, clock, make } = tp(s, { clock: recordingClock(offset) });
    logger.info = (m) => {
      logger.lines.push(`info: ${m}`);
      if (m.includes('.tar.gz: uploaded')) offset.ms = 700_000;
    };
    const result = await publish({
      paths: [fixture.dist],
      repositoryUrl: s.index.uploadUrl,
      dispatcher: s.agent,
      credentials: () => make(),
      logger,
      clock,
    });
    expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(s.issuer.issuedCount).toBe(2);
    expect(logger.text()).toContain('minting a fresh one');
  });

  it('mints a fresh token when the index says the current one expired', async () => {
    const serverOffset = { ms: 0 };
    stack = await startStack(undefined, { clock: () => Date.now() + serverOffset.ms });
    const s = stack;
    existingProject(s);
    const handle = tp(s);
    const { logger } = handle;
    logger.info = (m) => {
      logger.lines.push(`info: ${m}`);
      if (m.includes('.tar.gz: uploaded')) serverOffset.ms = 1_000_000; // the index's clock jumps past the expiry
    };
    const result = await publishWith(s, handle, { verify: false });
    expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(s.issuer.issuedCount).toBe(2);
    expect(logger.text()).toContain(
      'the upload token was refused (Invalid API Token: token is expired); minting a fresh one',
    );
  });

  it('mints one fresh token when the index revokes the current one mid-release, and publishes', async () => {
    stack = await startStack();
    const s = stack;
    existingProject(s);
    const handle = tp(s);
    await addFaults(s.index, [{ kind: 'revoke-token', filename: '\\.whl$' }]);
    const result = await publishWith(s, handle);
    expect(result.files.map((f) => f.status)).toEqual(['uploaded', 'uploaded']);
    expect(result.verified).toBe(true);
    expect(s.issuer.issuedCount).toBe(2);
    expect(handle.logger.text()).toMatch(
      /403 the upload token was refused \(Invalid or non-existent authentication/,
    );
  });

  it('reports a 403 that a freshly minted token gets too, after one renewal per file', async () => {
    stack = await startStack();
    const s = stack;
    existingProject(s);
    await addFaults(s.index, [{ kind: 'revoke-token', count: 5, filename: '\\.tar\\.gz$' }]);
    const error = await failure(publishWith(s, tp(s)));
    expect(error.code).toBe('upload-refused');
    expect(error.message).toMatch(/tar\.gz: the index refused the upload: 403 Invalid or non-existent/);
    expect(s.issuer.issuedCount).toBe(2); // the first token, and one renewal
  });

  it('ignores a refusal of a token that is no longer current (one renewal for uploads refused at once)', async () => {
    stack = await startStack();
    existingProject(stack);
    const credentials = await tp(stack).make();
    const first = await credentials.authorization(stack.index.uploadUrl);
    credentials.expire?.(first);
    const second = await credentials.authorization(stack.index.uploadUrl);
    credentials.expire?.(first); // a second upload refused with the old token: no new mint
    expect(await credentials.authorization(stack.index.uploadUrl)).toBe(second);
    expect(second).not.toBe(first);
    expect(credentials.mints).toBe(2);
  });

  it('never sends the token to a lookalike host', async () => {
    stack = await startStack();
    const seen: IncomingHttpHeaders[] = [];
    const lookalike = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      res.end('ok');
    });
    await new Promise<void>((resolve) => lookalike.listen(0, '127.0.0.1', resolve));
    try {
      const port = (lookalike.address() as AddressInfo).port;
      const credentials = await tp(stack).make();
      const error = await failure(
        publish({
          paths: [fixture.dist],
          repositoryUrl: `http://127.0.0.1:${port}/legacy/`,
          dispatcher: stack.agent,
          credentials: async () => credentials,
          clock: recordingClock(),
        }),
      );
      expect(error.code).toBe('token-origin-mismatch');
      expect(error.message).toContain(`refusing to send it to http://127.0.0.1:${port}`);
      expect(seen.filter((h) => h.authorization !== undefined)).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => lookalike.close(() => resolve()));
    }
  });
});

describe('Trusted Publishing refusals', () => {
  it('invalid-publisher: shows the claims and what to register on PyPI', async () => {
    stack = await startStack();
    stack.issuer.setJob(jobClaims({ ...JOB, workflow: 'ci.yml' }));
    const error = await failure(tp(stack).make());
    expect(error.code).toBe('token-exchange-refused');
    expect(error.message).toContain('- invalid-publisher: valid token, but no corresponding publisher');
    expect(error.message).toMatch(
      /job_workflow_ref\s+octo-org\/demo\/\.github\/workflows\/ci\.yml@refs\/tags\/v1\.0\.0/,
    );
    expect(error.message).toMatch(/workflow file:\s+ci\.yml/);
    expect(error.message).toMatch(/environment:\s+pypi/);
    for (const name of [
      'repository',
      'repository_owner',
      'repository_owner_id',
      'workflow_ref',
      'ref',
      'sha',
      'event_name',
    ]) {
      expect(error.message).toMatch(new RegExp(`\\n  ${name} `));
    }
  });

  it('invalid-token: a token for another audience', async () => {
    stack = await startStack();
    const s = stack;
    const error = await failure(tp(s, { getIdToken: () => s.issuer.sign({ aud: 'not-pypi' }) }).make());
    expect(error.message).toContain('- invalid-token:');
    expect(error.message).toContain('the audience comes from its host');
  });

  it('invalid-reuse-token: the same GitHub token exchanged twice', async () => {
    stack = await startStack();
    const jwt = await stack.issuer.sign({ aud: 'pypi' });
    const { make } = tp(stack, { getIdToken: async () => jwt });
    await make();
    const error = await failure(make());
    expect(error.message).toContain('- invalid-reuse-token:');
    expect(error.message).toContain('each token works once');
  });

  it('invalid-pending-publisher: the project already exists', async () => {
    stack = await startStack((url) => ({
      tokens: [],
      trustedPublishing: { issuer: url, publishers: [{ ...PUBLISHER, pending: true }] },
    }));
    stack.index.storage.index.createProject('demo-pkg', 'demo-pkg', Date.now());
    const error = await failure(tp(stack).make());
    expect(error.message).toContain('- invalid-pending-publisher:');
    expect(error.message).toContain('add the same settings as a regular publisher');
  });

  it('pull_request_target is explained', async () => {
    stack = await startStack();
    stack.issuer.setJob(jobClaims({ ...JOB, eventName: 'pull_request_target' }));
    const error = await failure(tp(stack).make());
    expect(error.message).toContain('pull_request_target can never publish');
  });

  it('a pull_request run is warned about before the exchange', async () => {
    stack = await startStack();
    stack.issuer.setJob(jobClaims({ ...JOB, eventName: 'pull_request', ref: 'refs/pull/7/merge' }));
    const { logger, make } = tp(stack);
    await make().catch(() => undefined);
    const warning = logger.lines.findIndex((l) =>
      l.startsWith('warning: This job was triggered by pull_request'),
    );
    expect(warning).toBeGreaterThanOrEqual(0);
    expect(logger.lines[warning]).toContain('refs/pull/7/merge');
    expect(logger.lines[warning]).toContain('Pull requests from forks get no OIDC token');
  });

  it('a reusable workflow of another repository: warned before, explained after', async () => {
    stack = await startStack();
    stack.issuer.setJob(
      jobClaims({
        ...JOB,
        reusableWorkflow: { repository: 'org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
      }),
    );
    const { logger, make } = tp(stack);
    const error = await failure(make());
    const warning = logger.lines.find((l) => l.startsWith('warning: This job runs in the reusable workflow'));
    expect(warning).toContain('org/toolkit/.github/workflows/pypi-release.yml');
    expect(error.message).toContain('- invalid-publisher:');
    expect(error.message).toContain('a reusable workflow of another repository');
    expect(error.message).toContain('Two setups work: (1) publish from a job of your own repository');
  });

  it('403 on the audience: Trusted Publishing is switched off', async () => {
    stack = await startStack(() => ({}));
    const error = await failure(tp(stack).make());
    expect(error.code).toBe('trusted-publishing-disabled');
    expect(error.message).toContain('Trusted publishing functionality not enabled');
  });

  it('missing id-token permission: the two variables absent', () => {
    expect(() => envIdTokenProvider({}, undefined as never)).toThrow(/id-token: write/);
  });
});
