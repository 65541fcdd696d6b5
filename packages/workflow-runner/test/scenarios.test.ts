import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, readFile, writeFile } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { parseConfig, type RunningIndex } from '@pypi-release/index';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BASE_PYTHON,
  freshPython,
  runWorkflow,
  type SamplePackage,
  type WorkflowRunResult,
  writeSampleCheckout,
} from '../src';
import { repositoryRoot, startSeededIndex } from './seeded-index';

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

  /**
   * A fresh index (API token, and a pending Trusted Publisher for the caller's `workflow`, default release.yml)
   * and the sample checkout of `caller` (one project named `name`, or one per monorepo folder).
   */
  async function stack(
    name: string,
    { caller = 'pure-python.yml', workflow = 'release.yml' } = {},
  ): Promise<{ index: RunningIndex; project: string; dir: string; packages: SamplePackage[] }> {
    const dir = join(work.path, name);
    const project = join(dir, 'project');
    const packages = await writeSampleCheckout(project, join(callers, caller), { name, version: '1.2.0' });
    const index = await indexFor(join(dir, 'index'), packages, workflow, 'pypi');
    return { index, project, dir, packages };
  }

  /** A seeded index with an API token and a pending Trusted Publisher for `workflow` in `environment`. */
  function indexFor(
    dataDir: string,
    packages: SamplePackage[],
    workflow: string,
    environment: string,
  ): Promise<RunningIndex> {
    return startSeededIndex({
      dataDir,
      apiToken: TOKEN,
      config: parseConfig(
        {
          trustedPublishing: {
            issuer: issuer.url,
            publishers: [
              {
                repository: CALLER,
                repositoryOwnerId: OWNER_ID,
                workflow,
                environment,
                projects: packages.map((p) => p.name),
                pending: true,
              },
            ],
          },
        },
        'test',
      ),
    });
  }

  type Stack = Awaited<ReturnType<typeof stack>>;
  type Extra = {
    secrets?: Record<string, string>;
    rejectApproval?: boolean;
    workflowFile?: string;
    indexes?: Record<string, string>;
  };

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
    const created = await stack(name, { caller });
    return {
      result: await runOn(caller, created, extra),
      index: created.index,
      dir: created.dir,
      stack: created,
    };
  }

  const publishLog = (result: WorkflowRunResult): string =>
    result.jobs.find((j) => j.id.endsWith('pypi-publish'))?.steps[0]?.log ?? '';

  /** The filenames the index lists for a project (PEP 691 JSON). */
  async function filesOn(index: RunningIndex, project: string): Promise<string[]> {
    const page = await fetch(`${index.simpleUrl}${project}/`, {
      headers: { accept: 'application/vnd.pypi.simple.v1+json' },
    });
    expect(page.status).toBe(200);
    const body = (await page.json()) as { files: { filename: string }[] };
    return body.files.map((f) => f.filename).sort();
  }

  /** pip-installs the projects from the index into a fresh venv and prints each module's `__version__`. */
  async function installed(index: RunningIndex, dir: string, packages: SamplePackage[]): Promise<string[]> {
    const { python } = await freshPython(BASE_PYTHON, join(dir, 'venv'), join(repositoryRoot, '.cache'));
    const names = packages.map((p) => p.name);
    await run(python, ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', index.simpleUrl, ...names], {
      env: { PATH: process.env.PATH ?? '', PIP_CONFIG_FILE: '/dev/null' },
    });
    const modules = packages.map((p) => p.module);
    const code = `import ${modules.join(', ')}; print(${modules.map((m) => `${m}.__version__`).join(', ')})`;
    const { stdout } = await run(python, ['-c', code]);
    return stdout.trim().split(' ');
  }

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
        result.mappings.some((m) => m.startsWith('actions/setup-python@') && m.includes('→ a fresh venv of')),
      ).toBe(true);
      expect(result.mappings.some((m) => m.startsWith('actions/checkout@'))).toBe(true);
      // PyPI's rules stay in force although the upload goes to a loopback index (`auto` would say generic).
      expect(result.mappings).toContain(
        'index-policy auto → pypi: decided by https://upload.pypi.org/legacy/, the index the workflow names, not by the local index',
      );
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

      expect(await installed(index, dir, reused.packages)).toEqual(['1.2.0']);

      // A re-run of the finished release (GitHub's "Re-run all jobs"): a no-op, every file reported as skipped.
      const again = await runOn('pure-python.yml', reused, { secrets: { PYPI_API_TOKEN: TOKEN } });
      expect(again.ok, again.text).toBe(true);
      const files = JSON.parse(again.jobs[1]?.steps[0]?.outputs.files ?? '[]') as { status: string }[];
      expect(files.map((f) => f.status)).toEqual(['skipped', 'skipped']);
    } finally {
      await index.close();
    }
  }, 600_000);

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
  }, 600_000);

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
  }, 600_000);

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
  }, 600_000);

  it('monorepo.yml (two calls: packages/core, and packages/cli with frontend: uv and Python 3.12) publishes both projects', async () => {
    const created = await stack('runner-mono', { caller: 'monorepo.yml' });
    const { index, dir, packages } = created;
    try {
      expect(packages.map((p) => [p.directory, p.name])).toEqual([
        ['packages/core', 'runner-mono-core'],
        ['packages/cli', 'runner-mono-cli'],
      ]);
      const result = await runOn('monorepo.yml', created, {
        secrets: { PYPI_API_TOKEN_CORE: TOKEN, PYPI_API_TOKEN_CLI: TOKEN },
      });
      expect(result.ok, result.text).toBe(true);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['core / release-build', 'success'],
        ['core / pypi-publish', 'success'],
        ['cli / release-build', 'success'],
        ['cli / pypi-publish', 'success'],
      ]);
      expect(result.outputs.core).toMatchObject({
        name: 'runner-mono-core',
        'artifact-name': 'release-dists-core',
      });
      expect(result.outputs.cli).toMatchObject({
        name: 'runner-mono-cli',
        'artifact-name': 'release-dists-cli',
      });
      expect(
        result.mappings.some((m) => m.includes('(python-version 3.12) → a fresh venv of /usr/bin/python3')),
      ).toBe(true);

      // uv: pypi-release.yml installs it with astral-sh/setup-uv; used when this machine has uv, else that step is
      // mapped to nothing installed and the cli build runs with the `build` frontend, listed (never silent).
      const uv = await onPath('uv');
      const setupUv = result.mappings.find((m) => m.startsWith('astral-sh/setup-uv@'));
      const cliBuild = result.jobs[2]?.steps.find((s) => s.name === '$/actions/build');
      if (uv) {
        expect(setupUv).toMatch(/→ this machine's uv/);
        expect(cliBuild?.log).toMatch(/^uv build /m);
      } else {
        expect(setupUv).toContain('nothing installed: uv is neither on this machine nor on the local index');
        expect(cliBuild?.mapped).toBe(setupUv);
        expect(cliBuild?.log).toMatch(/frontend: build \S+ installed from/);
        expect(result.text).toContain(setupUv);
      }
      expect(result.jobs[0]?.steps.find((s) => s.name === '$/actions/build')?.mapped).toBeUndefined();

      for (const { name, module } of packages)
        expect(await filesOn(index, name)).toEqual([
          `${module}-1.2.0-py3-none-any.whl`,
          `${module}-1.2.0.tar.gz`,
        ]);
      expect(await installed(index, dir, packages)).toEqual(['1.2.0', '1.2.0']);
    } finally {
      await index.close();
    }
  }, 600_000);

  it('testpypi-then-pypi.yml builds once and publishes the same verified artifact to TestPyPI, then PyPI', async () => {
    const created = await stack('runner-twice', { caller: 'testpypi-then-pypi.yml' });
    const testIndex = await indexFor(
      join(created.dir, 'testpypi'),
      created.packages,
      'release.yml',
      'testpypi',
    );
    try {
      const result = await runOn('testpypi-then-pypi.yml', created, {
        workflowFile: 'release.yml',
        indexes: { 'https://test.pypi.org/legacy/': testIndex.uploadUrl },
      });
      expect(result.ok, result.text).toBe(true);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['build / release-build', 'success'],
        ['build / pypi-publish', 'skipped'],
        ['publish-to-testpypi', 'success'],
        ['publish-to-pypi', 'success'],
      ]);
      expect(result.approvals).toEqual([
        'approval requested for environment testpypi (job publish-to-testpypi): approved',
        'approval requested for environment pypi (job publish-to-pypi): approved',
      ]);
      // One build: a single release artifact, whose digests both publish jobs verified before uploading.
      expect(service.artifacts(runId).filter((a) => a.name === 'release-dists')).toHaveLength(1);
      const digests = JSON.parse(result.jobs[0]?.outputs.digests ?? '{}') as Record<string, string>;
      expect(Object.keys(digests).sort()).toEqual([
        'runner_twice-1.2.0-py3-none-any.whl',
        'runner_twice-1.2.0.tar.gz',
      ]);
      for (const job of result.jobs.slice(2)) {
        const files = JSON.parse(job.steps[0]?.outputs.files ?? '[]') as {
          filename: string;
          sha256: string;
          status: string;
        }[];
        expect(files.map((f) => [f.filename, f.sha256, f.status]).sort()).toEqual(
          Object.entries(digests)
            .map(([f, sha]) => [f, sha, 'uploaded'])
            .sort(),
        );
      }
      expect(await filesOn(testIndex, 'runner-twice')).toEqual(Object.keys(digests).sort());
      expect(await filesOn(created.index, 'runner-twice')).toEqual(Object.keys(digests).sort());
      expect(result.mappings).toContain(
        `repository-url https://test.pypi.org/legacy/ → the local index ${testIndex.uploadUrl}`,
      );
    } finally {
      await testIndex.close();
      await created.index.close();
    }
  }, 600_000);

  it('cibuildwheel.yml (sdist job, a 4-OS wheel matrix uploading artifacts, collect-dists over dists-*, its own publish job) publishes with Trusted Publishing', async () => {
    // The publisher names the caller's own file: the upload runs in a job of cibuildwheel.yml itself.
    const created = await stack('runner-cibw', { caller: 'cibuildwheel.yml', workflow: 'cibuildwheel.yml' });
    const { index, dir, packages } = created;
    try {
      const result = await runOn('cibuildwheel.yml', created);
      expect(result.ok, result.text).toBe(true);
      expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
        ['sdist', 'success'],
        ['wheels (ubuntu-24.04)', 'success'],
        ['wheels (ubuntu-24.04-arm)', 'success'],
        ['wheels (windows-2022)', 'success'],
        ['wheels (macos-14)', 'success'],
        ['collect', 'success'],
        ['pypi-publish', 'success'],
      ]);
      const own = `${CALLER}/.github/workflows/cibuildwheel.yml@refs/tags/v1.0.0`;
      expect(result.jobs[6]?.claims).toEqual({ workflow_ref: own, job_workflow_ref: own });
      expect(publishLog(result)).toContain('with Trusted Publishing');

      const cibuildwheel = result.mappings.filter((m) => m.includes('(cibuildwheel) →'));
      expect(cibuildwheel).toEqual([
        "run: `python -m pip install cibuildwheel==2.23.3` + `python -m cibuildwheel --output-dir wheelhouse` (cibuildwheel) → a fresh venv of the job's Python: `python -m pip install build` from the local index, then `python -m build --wheel --outdir wheelhouse .` (isolated: its backend from the local index too). Not modelled: cibuildwheel itself (not on the local index) and the matrix OS (this one Linux machine builds every matrix job's wheel: the same file, for a pure project)",
      ]);
      const wheelsLog = result.jobs[1]?.steps[2]?.log ?? '';
      expect(wheelsLog).toMatch(/Successfully installed .*build-/);
      expect(wheelsLog).toContain('Creating isolated environment');
      expect(result.mappings).toContain(
        "actions/upload-artifact@65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08 → an upload through the local artifact service with @actions/artifact's client (name, path globs, if-no-files-found and include-hidden-files honoured)",
      );
      for (const label of ['ubuntu-24.04-arm', 'windows-2022', 'macos-14'])
        expect(result.mappings.some((m) => m.startsWith(`runs-on ${label} → this machine`))).toBe(true);
      expect(result.mappings.some((m) => m.startsWith('runs-on ubuntu-24.04 '))).toBe(false);
      expect(result.text).toContain('Not modelled: cibuildwheel itself');

      // Four wheel artifacts of the same bytes, one sdist artifact; collect-dists keeps one copy of each file.
      expect(service.artifacts(runId).map((a) => a.name)).toEqual([
        'dists-sdist',
        'dists-wheels-ubuntu-24.04',
        'dists-wheels-ubuntu-24.04-arm',
        'dists-wheels-windows-2022',
        'dists-wheels-macos-14',
        'release-dists',
      ]);
      const collect = result.jobs[5];
      expect(Object.keys(JSON.parse(collect?.outputs.digests ?? '{}') as object).sort()).toEqual([
        'runner_cibw-1.2.0-py3-none-any.whl',
        'runner_cibw-1.2.0.tar.gz',
      ]);
      expect(await filesOn(index, 'runner-cibw')).toEqual([
        'runner_cibw-1.2.0-py3-none-any.whl',
        'runner_cibw-1.2.0.tar.gz',
      ]);
      expect(await installed(index, dir, packages)).toEqual(['1.2.0']);
    } finally {
      await index.close();
    }
  }, 600_000);

  it("runs a caller's own run: steps with bash and env:, and uploads artifacts honouring name, path globs and if-no-files-found", async () => {
    const dir = join(work.path, 'runner-steps');
    const caller = join(dir, 'steps.yml');
    await writeSampleCheckout(join(dir, 'project'), join(callers, 'pure-python.yml'), {
      name: 'runner-steps',
      version: '1.0.0',
    });
    const upload = 'actions/upload-artifact@65c4c4a1ddee5b72f698fdd19549f0f0fb45cf08 # v4.6.0';
    await writeFile(
      caller,
      [
        'name: steps',
        'on: push',
        'permissions: {}',
        'env:',
        '  GREETING: hello',
        'jobs:',
        '  make:',
        '    runs-on: ubuntu-24.04',
        '    permissions: {}',
        '    env:',
        '      TARGET: out',
        '    steps:',
        '      - id: files',
        '        env:',
        `          SUFFIX: \${{ matrix.missing || 'txt' }}`,
        '        run: |',
        '          mkdir -p "$TARGET/sub" "$TARGET/.hidden"',
        '          echo "$GREETING" > "$TARGET/a.$SUFFIX"',
        '          echo b > "$TARGET/sub/b.$SUFFIX"',
        '          echo no > "$TARGET/skip.$SUFFIX"',
        '          echo no > "$TARGET/.hidden/c.$SUFFIX"',
        '          echo "count=2" >> "$GITHUB_OUTPUT"',
        `      - uses: ${upload}`,
        '        with:',
        `          name: files-\${{ steps.files.outputs.count }}`,
        '          path: |',
        '            out/',
        '            !out/skip.txt',
        `      - uses: ${upload}`,
        '        with:',
        '          name: nothing-warned',
        '          path: missing/*.txt',
        `      - uses: ${upload}`,
        '        with:',
        '          name: nothing',
        '          path: missing/*.txt',
        '          if-no-files-found: error',
        '',
      ].join('\n'),
    );
    runId += 1;
    const result = await runWorkflow({
      caller,
      project: join(dir, 'project'),
      workDir: join(dir, 'jobs'),
      issuer,
      artifacts: service,
      repositoryUrl: 'http://127.0.0.1:9/legacy/',
      callerRepository: CALLER,
      runId,
    });
    expect(result.ok).toBe(false);
    const steps = result.jobs[0]?.steps ?? [];
    expect(steps.map((s) => s.outcome)).toEqual(['success', 'success', 'success', 'failure']);
    expect(steps[1]?.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(steps[2]?.log).toBe(
      'Warning: No files were found with the provided path: missing/*.txt. No artifacts will be uploaded.',
    );
    expect(steps[3]?.log).toContain('No files were found with the provided path: missing/*.txt');
    expect(service.artifacts(runId).map((a) => a.name)).toEqual(['files-2']);

    // Downloaded by @actions/artifact's client as another job of the run would (in a process of its own).
    const into = join(dir, 'downloaded');
    const id = Number(steps[1]?.outputs['artifact-id']);
    const download = `import { DefaultArtifactClient } from '@actions/artifact';
      await new DefaultArtifactClient().downloadArtifact(${id}, { path: ${JSON.stringify(into)} });`;
    await run(process.execPath, ['--input-type=module', '-e', download], {
      cwd: join(import.meta.dirname, '..'),
      env: { PATH: process.env.PATH ?? '', ...service.envFor(runId, 99) },
    });
    expect(await readFile(join(into, 'a.txt'), 'utf8')).toBe('hello\n');
    expect(await readFile(join(into, 'sub/b.txt'), 'utf8')).toBe('b\n');
    await expect(access(join(into, 'skip.txt'))).rejects.toThrow();
    await expect(access(join(into, '.hidden/c.txt'))).rejects.toThrow();
  }, 120_000);
});

/** Whether an executable of this name is on PATH. */
async function onPath(command: string): Promise<boolean> {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    const found = await access(join(dir, command), constants.X_OK).then(
      () => true,
      () => false,
    );
    if (found) return true;
  }
  return false;
}
