import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionResult, runAction } from '@pypi-release/actions-runtime';
import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { BUG_REPORT_REQUEST } from '@pypi-release/pypi-client';
import { buildFixture, tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

const actionDir = join(import.meta.dirname, '..');
const CANARY = 'pypi-CANARY-never-print-me-0b5e7d';
const JOB = { repository: 'octo-org/bundle-demo', ownerId: '4242', environment: 'pypi' };
const PUBLISHER = {
  repository: 'octo-org/bundle-demo',
  repositoryOwnerId: '4242',
  workflow: 'release.yml',
  environment: 'pypi',
  projects: ['bundle-demo'],
  pending: true,
};

/**
 * Every text a person or a later step can see. `::add-mask::` lines are the runner's masking protocol, consumed
 * by the runner and never shown; everything else must hold no secret even before the runner masks it.
 */
function visible(result: ActionResult): string {
  const stdout = result.stdout.replace(/^::add-mask::.*$/gm, '');
  return [stdout, result.stderr, result.summary, JSON.stringify(result.outputs)].join('\n');
}

function masked(result: ActionResult): string[] {
  return [...result.stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => m[1] ?? '');
}

describe.each([
  ['Node 20', 'current' as const],
  ['Node 24', 24],
])('publish bundle on %s', (_label, node) => {
  let fixture: Awaited<ReturnType<typeof buildFixture>>;
  let issuer: OidcIssuer;
  let index: RunningIndex;
  let data: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    fixture = await buildFixture({ name: 'bundle-demo', version: '3.1.4' });
  }, 180_000);
  afterAll(async () => {
    await fixture?.cleanup();
  });
  beforeEach(async () => {
    issuer = await startOidcIssuer({ job: jobClaims(JOB) });
    data = await tempDir('publish-bundle-');
    index = await startIndex({
      dataDir: data.path,
      apiToken: CANARY,
      config: parseConfig({ trustedPublishing: { issuer: issuer.url, publishers: [PUBLISHER] } }, 'test'),
    });
  });
  afterEach(async () => {
    await index.close();
    await issuer.close();
    await data.cleanup();
  });

  const oidcEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
  });

  it('publishes with Trusted Publishing, sets the outputs and writes the summary', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl },
      env: oidcEnv(),
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    const files = JSON.parse(result.outputs.files ?? '[]') as {
      filename: string;
      sha256: string;
      status: string;
      url: string;
    }[];
    expect(files.map((f) => [f.filename, f.status])).toEqual([
      ['bundle_demo-3.1.4.tar.gz', 'uploaded'],
      ['bundle_demo-3.1.4-py3-none-any.whl', 'uploaded'],
    ]);
    expect(files.every((f) => f.url.startsWith(index.url) && /^[0-9a-f]{64}$/.test(f.sha256))).toBe(true);
    expect(result.outputs.uploaded).toBe('2');
    expect(result.outputs.skipped).toBe('0');
    expect(result.outputs['project-url']).toBe(`${index.url}/simple/bundle-demo/`);
    expect(result.summary).toContain('### Published bundle-demo 3.1.4');
    expect(result.summary).toContain('| file | status | bytes | sha256 |');
    expect(issuer.issuedCount).toBe(1);
    const hashes = result.stdout.indexOf('Hashes of the files to upload:');
    expect(hashes, 'print-hash lists the digests before uploading').toBeGreaterThanOrEqual(0);
    expect(hashes).toBeLessThan(result.stdout.indexOf('Uploading '));
    expect(result.stdout).toMatch(
      /bundle_demo-3\.1\.4\.tar\.gz\n {4}sha256 {6}[0-9a-f]{64}\n {4}blake2-256 /,
    );
    expect(masked(result).some((m) => m.startsWith('pypi-'))).toBe(true);
    expect(visible(result)).not.toMatch(/pypi-[A-Za-z0-9_-]{40,}/); // the minted token
    expect(visible(result)).not.toMatch(/eyJ[A-Za-z0-9_-]+\.eyJ/); // the GitHub JWT
  });

  it('publishes with an API token, which never appears in any log, summary or output', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl, password: CANARY, verbose: 'true' },
    });
    expect(result.exitCode, result.stdout + result.stderr).toBe(0);
    expect(result.outputs.uploaded).toBe('2');
    expect(masked(result)).toContain(CANARY);
    const text = visible(result);
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(Buffer.from(`__token__:${CANARY}`).toString('base64'));
    const again = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl, password: CANARY, 'skip-existing': 'true' },
    });
    expect(again.exitCode, again.stdout).toBe(0);
    expect(again.outputs.skipped).toBe('2');
    expect(visible(again)).not.toContain(CANARY);
  });

  it('names the missing id-token permission when there is neither a password nor an ID token', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('id-token: write');
    expect(errors[0]?.message).toContain('pass an API token (the input `password`');
    expect(errors[0]?.message).toContain('arrives empty');
    expect(errors[0]?.message).not.toContain(BUG_REPORT_REQUEST); // the user's to fix
    expect(result.summary).toContain('### Publishing failed');
  });

  it('asks for a bug report when the failure is a fault, not the user input (the ID token endpoint fails)', async () => {
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl },
      env: {
        ACTIONS_ID_TOKEN_REQUEST_URL: `${issuer.url}/no-such-endpoint`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      },
    });
    expect(result.exitCode).toBe(1);
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(/ID token/i);
    expect(errors[0]?.message).toContain(BUG_REPORT_REQUEST);
    expect(result.summary).toContain('### Publishing failed');
  });

  it('refuses a pull request from a fork before any token exchange, saying where to publish', async () => {
    const event = await tempDir('publish-event-');
    try {
      const eventPath = join(event.path, 'event.json');
      const payload = {
        pull_request: {
          head: { repo: { full_name: 'mallory/bundle-demo' } },
          base: { repo: { full_name: JOB.repository } },
        },
      };
      await writeFile(eventPath, JSON.stringify(payload));
      const result = await runAction({
        actionDir,
        node,
        workspace: fixture.root,
        inputs: { 'repository-url': index.uploadUrl },
        env: { ...oidcEnv(), GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath },
      });
      expect(result.exitCode).toBe(1);
      const errors = result.annotations.filter((a) => a.level === 'error');
      expect(errors).toHaveLength(1);
      expect(errors[0]?.message).toContain('from the fork mallory/bundle-demo into octo-org/bundle-demo');
      expect(errors[0]?.message).toContain('no OIDC token');
      expect(issuer.issuedCount).toBe(0);
      expect(index.storage.index.projects()).toEqual([]);
    } finally {
      await event.cleanup();
    }
  });

  it('warns about a reusable workflow of another repository, then explains the refusal once', async () => {
    issuer.setJob(
      jobClaims({
        ...JOB,
        reusableWorkflow: { repository: 'org/toolkit', file: 'pypi-release.yml', ref: 'refs/tags/v1' },
      }),
    );
    const result = await runAction({
      actionDir,
      node,
      workspace: fixture.root,
      inputs: { 'repository-url': index.uploadUrl },
      env: oidcEnv(),
    });
    expect(result.exitCode).toBe(1);
    const warnings = result.annotations.filter((a) => a.level === 'warning');
    expect(warnings[0]?.message).toContain('org/toolkit/.github/workflows/pypi-release.yml');
    const errors = result.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('invalid-publisher');
    expect(errors[0]?.message).toContain('Two setups work');
    expect(result.summary).toContain('job_workflow_ref');
    expect(index.storage.index.projects()).toEqual([]);
  });
});
