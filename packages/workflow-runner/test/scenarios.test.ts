import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { SYSTEM_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow, type WorkflowRunResult } from '../src';

const run = promisify(execFile);
const callers = join(import.meta.dirname, '../../../test/fixtures/workflows');
const TOKEN = 'pypi-workflow-runner-token-8e2a';
const CALLER = 'octo-org/runner-demo';
const OWNER_ID = '4242';

/** The caller workflows of test/fixtures/workflows, run by the local workflow runner on the local stack. */
describe('workflow runner: the example callers on the local stack', () => {
  let service: ArtifactService;
  let issuer: OidcIssuer;
  let work: Awaited<ReturnType<typeof tempDir>>;
  let runId = 8100;

  beforeAll(async () => {
    work = await tempDir('workflow-runner-');
    [service, issuer] = await Promise.all([startArtifactService(), startOidcIssuer()]);
  }, 120_000);
  afterAll(async () => {
    await service?.close();
    await issuer?.close();
    await work?.cleanup();
  });

  /** A fresh index (API token, and a pending Trusted Publisher for the caller's release.yml) and project. */
  async function stack(name: string): Promise<{ index: RunningIndex; project: string; dir: string }> {
    const dir = join(work.path, name);
    const project = join(dir, 'project');
    await writePythonProject(project, { name, version: '1.2.0' });
    const index = await startIndex({
      dataDir: join(dir, 'index'),
      apiToken: TOKEN,
      config: parseConfig(
        {
          trustedPublishing: {
            issuer: issuer.url,
            publishers: [
              {
                repository: CALLER,
                repositoryOwnerId: OWNER_ID,
                workflow: 'release.yml',
                environment: 'pypi',
                projects: [name],
                pending: true,
              },
            ],
          },
        },
        'test',
      ),
    });
    return { index, project, dir };
  }

  type Stack = Awaited<ReturnType<typeof stack>>;
  type Extra = { secrets?: Record<string, string>; rejectApproval?: boolean; workflowFile?: string };

  /** Runs `caller` (a file of test/fixtures/workflows) against an index and project already set up. */
  async function runOn(
    caller: string,
    { index, project, dir }: Stack,
    extra: Extra = {},
  ): Promise<WorkflowRunResult> {
    runId += 1;
    return runWorkflow({
      caller: join(callers, caller),
      project,
      workDir: join(dir, `jobs-${runId}`),
      issuer,
      artifacts: service,
      repositoryUrl: index.uploadUrl,
      callerRepository: CALLER,
      toolkitRepository: 'org/toolkit',
      ownerId: OWNER_ID,
      runId,
      ...extra,
    });
  }

  async function runCaller(
    caller: string,
    name: string,
    extra: Extra = {},
  ): Promise<{ result: WorkflowRunResult; index: RunningIndex; dir: string; stack: Stack }> {
    const created = await stack(name);
    return {
      result: await runOn(caller, created, extra),
      index: created.index,
      dir: created.dir,
      stack: created,
    };
  }

  const publishLog = (result: WorkflowRunResult): string =>
    result.jobs.find((j) => j.id.endsWith('pypi-publish'))?.steps[0]?.log ?? '';

  it('pure-python.yml (one-line call, API token) publishes; pip installs and imports the release', async () => {
    const {
      result,
      index,
      dir,
      stack: reused,
    } = await runCaller('pure-python.yml', 'runner-pure', {
      secrets: { PYPI_API_TOKEN: TOKEN },
    });
    try {
      expect(result.ok, result.text).toBe(true);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['pypi / release-build', 'success'],
        ['pypi / pypi-publish', 'success'],
      ]);
      expect(result.approvals).toEqual([
        'approval requested for environment pypi (job pypi / pypi-publish): approved',
      ]);
      expect(
        result.mappings.some((m) => m.startsWith('actions/setup-python@') && m.includes(SYSTEM_PYTHON)),
      ).toBe(true);
      expect(result.mappings.some((m) => m.startsWith('actions/checkout@'))).toBe(true);
      expect(result.outputs.pypi).toMatchObject({ name: 'runner-pure', version: '1.2.0' });
      const publish = result.jobs[1];
      expect(publish?.claims?.job_workflow_ref).toBe(
        'org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1',
      );
      expect(publish?.claims?.workflow_ref).toBe(
        `${CALLER}/.github/workflows/pure-python.yml@refs/tags/v1.0.0`,
      );
      expect(result.text).toContain('approval requested for environment pypi');
      expect(publishLog(result)).not.toContain(TOKEN);

      const venv = join(dir, 'venv');
      await run(SYSTEM_PYTHON, ['-m', 'venv', venv]);
      await run(join(venv, 'bin/pip'), [
        'install',
        '--no-cache-dir',
        '--index-url',
        index.simpleUrl,
        'runner-pure',
      ]);
      const { stdout } = await run(join(venv, 'bin/python'), [
        '-c',
        'import runner_pure; print(runner_pure.__version__)',
      ]);
      expect(stdout.trim()).toBe('1.2.0');

      // A re-run of the finished release (GitHub's "Re-run all jobs"): a no-op, every file reported as skipped.
      const again = await runOn('pure-python.yml', reused, { secrets: { PYPI_API_TOKEN: TOKEN } });
      expect(again.ok, again.text).toBe(true);
      const files = JSON.parse(again.jobs[1]?.steps[0]?.outputs.files ?? '[]') as { status: string }[];
      expect(files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    } finally {
      await index.close();
    }
  }, 300_000);

  it('a rejected approval skips the publish job and publishes nothing', async () => {
    const { result, index } = await runCaller('pure-python.yml', 'runner-rejected', {
      secrets: { PYPI_API_TOKEN: TOKEN },
      rejectApproval: true,
    });
    try {
      expect(result.ok).toBe(false);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['pypi / release-build', 'success'],
        ['pypi / pypi-publish', 'rejected'],
      ]);
      expect(result.approvals).toEqual([
        'approval requested for environment pypi (job pypi / pypi-publish): rejected',
      ]);
      expect(result.text).toContain('approval for environment pypi rejected');
      const page = await fetch(`${index.simpleUrl}runner-rejected/`);
      expect(page.status).toBe(404);
    } finally {
      await index.close();
    }
  }, 300_000);

  it('pure-python.yml without a token, from another repository: Trusted Publishing is refused (invalid-publisher) and the log explains the fix', async () => {
    const { result, index } = await runCaller('pure-python.yml', 'runner-cross', {
      workflowFile: 'release.yml',
    });
    try {
      expect(result.ok).toBe(false);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['pypi / release-build', 'success'],
        ['pypi / pypi-publish', 'failure'],
      ]);
      const publish = result.jobs[1];
      expect(publish?.claims).toEqual({
        workflow_ref: `${CALLER}/.github/workflows/release.yml@refs/tags/v1.0.0`,
        job_workflow_ref: 'org/toolkit/.github/workflows/pypi-release.yml@refs/tags/v1',
      });
      const log = publishLog(result);
      expect(log).toContain('invalid-publisher');
      expect(log).toMatch(/publish: false/);
      expect((await fetch(`${index.simpleUrl}runner-cross/`)).status).toBe(404);
    } finally {
      await index.close();
    }
  }, 300_000);

  it('trusted-publishing.yml (publish: false + the caller publish job) publishes with Trusted Publishing', async () => {
    const { result, index } = await runCaller('trusted-publishing.yml', 'runner-tp', {
      workflowFile: 'release.yml',
    });
    try {
      expect(result.ok, result.text).toBe(true);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['build / release-build', 'success'],
        ['build / pypi-publish', 'skipped'],
        ['pypi-publish', 'success'],
      ]);
      const publish = result.jobs[2];
      expect(publish?.claims).toEqual({
        workflow_ref: `${CALLER}/.github/workflows/release.yml@refs/tags/v1.0.0`,
        job_workflow_ref: `${CALLER}/.github/workflows/release.yml@refs/tags/v1.0.0`,
      });
      expect(result.mappings).toContain(
        "org/toolkit/actions/publish@v1 → org/toolkit's actions/publish (bundled dist/index.js of this checkout)",
      );
      expect(publish?.outputs).toEqual({});
      expect(publish?.steps[0]?.outputs.uploaded).toBeDefined();
      expect((await fetch(`${index.simpleUrl}runner-tp/`)).status).toBe(200);
    } finally {
      await index.close();
    }
  }, 300_000);
});
