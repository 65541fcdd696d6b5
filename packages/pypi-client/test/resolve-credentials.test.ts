import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CredentialSources, indexEndpoints, type PublishError, resolveCredentials } from '../src/index';
import { API_TOKEN, recordingLogger, type Stack, startStack } from './support/stack';

// The one place that decides how a publish authenticates (API token, Trusted Publishing, nothing), for the action
// and the command line: every branch, and the errors they word.

let stack: Stack | undefined;
let dir: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  dir = await tempDir('resolve-credentials-');
});
afterAll(async () => {
  await dir?.cleanup();
});
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

function sources(overrides: Partial<CredentialSources> = {}): CredentialSources & { masked: string[] } {
  const masked: string[] = [];
  return {
    dryRun: false,
    env: {},
    tokenHint: 'the input `password`',
    dispatcher: undefined as never, // no branch below reaches the network without a stack
    logger: recordingLogger(),
    maskSecret: (s) => masked.push(s),
    masked,
    ...overrides,
  };
}

/** A run started by `pull_request` from `head` into octo-org/demo. */
async function pullRequestEnv(head: string): Promise<Record<string, string>> {
  const path = join(dir.path, `${head.replace('/', '_')}.json`);
  const repo = (full_name: string) => ({ full_name });
  await writeFile(
    path,
    JSON.stringify({ pull_request: { head: { repo: repo(head) }, base: { repo: repo('octo-org/demo') } } }),
  );
  return { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path };
}

const errorOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (e: unknown) => e as PublishError,
  );

describe('resolveCredentials', () => {
  it('takes a password first, with its username, masked the moment it is used', async () => {
    const s = sources({ password: { value: API_TOKEN, source: 'PYPI_TOKEN', username: 'alice' } });
    const factory = await resolveCredentials(s);
    const credentials = await factory?.(indexEndpoints('https://pypi.example/legacy/'));
    expect(credentials?.description).toBe('the username alice and its password');
    expect(credentials?.trustedPublishing).toBeFalsy();
    expect(s.masked).toContain(API_TOKEN);
    expect(await credentials?.authorization('https://pypi.example/legacy/')).toBe(
      `Basic ${Buffer.from(`alice:${API_TOKEN}`).toString('base64')}`,
    );
  });

  it('reports an empty password as an unset secret, naming where it came from', async () => {
    const error = await errorOf(
      resolveCredentials(sources({ password: { value: ' ', source: 'PYPI_TOKEN' } })),
    );
    expect(error?.code).toBe('empty-token');
    expect(error?.message).toMatch(/^PYPI_TOKEN is set but empty: /);
    expect(error?.message).toContain('leave it out to use Trusted Publishing');
  });

  it('refuses a pull request from a fork before any exchange, but lets its dry run go on', async () => {
    const env = { ...(await pullRequestEnv('mallory/demo')), ACTIONS_ID_TOKEN_REQUEST_URL: 'http://x' };
    const error = await errorOf(resolveCredentials(sources({ env })));
    expect(error?.code).toBe('fork-pull-request');
    expect(await resolveCredentials(sources({ env, dryRun: true }))).toBeUndefined();
  });

  it('does not take a pull request from a branch of the same repository for a fork', async () => {
    const env = { ...(await pullRequestEnv('octo-org/demo')) };
    const error = await errorOf(resolveCredentials(sources({ env })));
    expect(error?.code).toBe('no-credentials');
  });

  it('uses Trusted Publishing with GitHub’s ID token when the job may ask for one', async () => {
    stack = await startStack();
    const { issuer, index, agent } = stack;
    const asked: string[] = [];
    const s = sources({
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
      },
      dispatcher: agent,
      getIdToken: async (audience) => {
        asked.push(audience);
        const response = await fetch(`${issuer.requestUrl}&audience=${audience}`, {
          headers: { authorization: `Bearer ${issuer.requestToken}` },
        });
        return ((await response.json()) as { value: string }).value;
      },
    });
    const credentials = await (await resolveCredentials(s))?.(indexEndpoints(index.uploadUrl));
    expect(credentials?.trustedPublishing).toBe(true);
    expect(asked).toEqual(['pypi']);
    expect(s.masked.length).toBeGreaterThan(0); // the minted upload token
  });

  it('uses an ID token from an environment variable on GitLab CI, and says what to add when it is missing', async () => {
    stack = await startStack();
    const s = sources({ env: { GITLAB_CI: 'true' }, dispatcher: stack.agent });
    const factory = await resolveCredentials(s);
    const error = await errorOf(factory?.(indexEndpoints(stack.index.uploadUrl)) ?? Promise.resolve());
    expect(error?.code).toBe('missing-id-token-permission');
    expect(error?.message).toContain('id_tokens:\n    PYPI_ID_TOKEN:\n      aud: pypi');
  });

  it('needs nothing for a dry run, and otherwise names every way in one message', async () => {
    expect(await resolveCredentials(sources({ dryRun: true }))).toBeUndefined();
    const error = await errorOf(resolveCredentials(sources()));
    expect(error?.code).toBe('no-credentials');
    expect(error?.message).toContain('pass an API token (the input `password`)');
    expect(error?.message).toContain('`permissions: id-token: write`');
    expect(error?.message).toContain('`id_tokens: PYPI_ID_TOKEN: aud: pypi`');
  });
});
