import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import type { IndexRequest, RunningIndex } from '@pypi-release/index';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runWorkflow, type WorkflowRunResult, writeSampleCheckout } from '../src';
import { repositoryRoot, startSeededIndex } from './seeded-index';

const callers = join(import.meta.dirname, '../../../test/fixtures/workflows');
const CHECKOUT = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
const SETUP_PYTHON = 'actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38 # v5.4.0';

/** A one-job workflow: checkout, setup-python (unless `python` is false), then `run:` scripts. */
function workflow(scripts: string[], { python = true } = {}): string {
  const steps = [`      - uses: ${CHECKOUT}`, ...(python ? [`      - uses: ${SETUP_PYTHON}`] : [])];
  for (const [n, script] of scripts.entries())
    steps.push(`      - id: s${n}`, '        run: |', ...script.split('\n').map((l) => `          ${l}`));
  return ['name: fresh', 'on: push', 'permissions: {}', 'jobs:', '  job:', '    runs-on: ubuntu-24.04']
    .concat(['    permissions: {}', '    steps:', ...steps, ''])
    .join('\n');
}

/** The local runner stands in for a fresh GitHub runner: nothing is installed that the real steps do not install. */
describe('workflow runner: a fresh runner', () => {
  let service: ArtifactService;
  let issuer: OidcIssuer;
  let index: RunningIndex;
  let work: Awaited<ReturnType<typeof tempDir>>;
  const requests: IndexRequest[] = [];
  let n = 0;

  beforeAll(async () => {
    work = await tempDir('fresh-runner-');
    [service, issuer] = await Promise.all([startArtifactService(), startOidcIssuer()]);
    index = await startSeededIndex({
      dataDir: join(work.path, 'index'),
      onRequest: (r) => requests.push(r),
    });
    await writeSampleCheckout(join(work.path, 'project'), join(callers, 'pure-python.yml'), {
      name: 'fresh-sample',
      version: '0.1.0',
    });
  }, 300_000);
  afterAll(async () => {
    await index?.close();
    await service?.close();
    await issuer?.close();
    await work?.cleanup();
  });

  async function run(yaml: string, toolkitRoot?: string): Promise<WorkflowRunResult> {
    n += 1;
    const caller = join(work.path, `caller-${n}.yml`);
    await writeFile(caller, yaml);
    return runWorkflow({
      caller,
      project: join(work.path, 'project'),
      workDir: join(work.path, `jobs-${n}`),
      issuer,
      artifacts: service,
      repositoryUrl: index.uploadUrl,
      runId: 7000 + n,
      ...(toolkitRoot === undefined ? {} : { toolkitRoot }),
    });
  }

  /** checkout, setup-python, then the toolkit's build action with `withs`. */
  const buildJob = (withs: string[] = []): string =>
    workflow([]).replace(
      /\n$/,
      `\n      - id: build\n        uses: org/toolkit/actions/build@v1\n${withs.length > 0 ? `        with:\n${withs.map((w) => `          ${w}\n`).join('')}` : ''}`,
    );

  const logs = (result: WorkflowRunResult): string[] => result.jobs[0]?.steps.map((s) => s.log) ?? [];

  it('setup-python gives a venv with pip only, and pip reads the local index and nothing else', async () => {
    const result = await run(
      workflow([
        'python -m pip list --format freeze',
        'python -m pip config debug | grep -v "exists: False"; env | grep ^PIP_ | sort',
      ]),
    );
    expect(result.ok, result.text).toBe(true);
    const [, setup, list, config] = logs(result);
    expect(setup).toMatch(/^pip list: pip \S+$/m);
    expect(list?.trim()).toMatch(/^pip==\S+$/);
    // No find-links, extra index, constraint or config file of this machine reaches the job's pip.
    expect(config).toContain(`PIP_INDEX_URL='${index.simpleUrl}'`);
    expect(config).not.toMatch(/find-links|FIND_LINKS|extra-index|EXTRA_INDEX|constraint|CONSTRAINT/i);
    expect(config).toContain("PIP_CONFIG_FILE='/dev/null'");
    expect(result.mappings.find((m) => m.startsWith('actions/setup-python@'))).toMatch(
      /→ a fresh venv of \S+ \(Python [\d.]+\) holding pip [\d.]+, first on PATH/,
    );
  }, 300_000);

  it('a run: step that uses a tool nothing installed fails (python -m build with no install)', async () => {
    const result = await run(workflow(['python -m build --outdir dist .']));
    expect(result.ok).toBe(false);
    const step = result.jobs[0]?.steps[2];
    expect(step?.outcome).toBe('failure');
    expect(step?.log).toContain('No module named build');
  }, 300_000);

  it('once installed from the local index, build runs isolated: pip fetches the backend from the index too', async () => {
    const from = requests.length;
    const result = await run(
      workflow(['python -m pip install build', 'python -m build --outdir dist .', 'ls dist']),
    );
    expect(result.ok, result.text).toBe(true);
    const [, , install, build, listed] = logs(result);
    expect(install).toMatch(/Successfully installed .*build-/);
    expect(build).toContain('Creating isolated environment');
    expect(listed).toContain('fresh_sample-0.1.0-py3-none-any.whl');
    const fetched = requests
      .slice(from)
      .filter((r) => r.status === 200 && r.url.startsWith('/files/'))
      .map((r) => decodeURIComponent(r.url.split('/').at(-1) ?? ''));
    for (const name of ['build-', 'pyproject_hooks-', 'packaging-', 'hatchling-'])
      expect(
        fetched.some((f) => f.startsWith(name) && f.endsWith('.whl')),
        name,
      ).toBe(true);
  }, 300_000);

  it('each job starts from a fresh venv: what an earlier job installed is not there', async () => {
    const yaml = workflow(['python -m pip install build'])
      .replace(
        'jobs:\n',
        'jobs:\n  second:\n    needs: job\n    runs-on: ubuntu-24.04\n    permissions: {}\n    steps:\n',
      )
      .replace(
        '    steps:\n',
        `    steps:\n      - uses: ${SETUP_PYTHON}\n      - run: python -m build --version\n`,
      );
    // `second` (listed first, run after `job`) has its own fresh venv: build, installed by `job`, is not there.
    const result = await run(yaml);
    expect(result.jobs.map((j) => [j.id, j.outcome])).toEqual([
      ['job', 'success'],
      ['second', 'failure'],
    ]);
    expect(result.jobs[1]?.steps[1]?.log).toContain('No module named build');
  }, 300_000);

  it('the build action installs its own frontend from the local index: checkout, setup-python, build succeed', async () => {
    const result = await run(buildJob());
    expect(result.ok, result.text).toBe(true);
    const log = result.jobs[0]?.steps[2]?.log ?? '';
    expect(log).toMatch(/frontend: build \S+ installed from http:\/\/127\.0\.0\.1:\d+\/simple\//);
    expect(log).toContain('Creating isolated environment');
    expect(result.jobs[0]?.steps[2]?.outputs.name).toBe('fresh-sample');
  }, 300_000);

  it('mutation: the build action without its frontend install fails (frontend-missing), naming the fix', async () => {
    // A copy of the toolkit whose bundled build action no longer passes the frontend install to the builder.
    const mutant = join(work.path, 'mutant-toolkit');
    await mkdir(mutant, { recursive: true });
    await cp(join(repositoryRoot, 'actions'), join(mutant, 'actions'), { recursive: true });
    const bundle = join(mutant, 'actions/build/dist/index.js');
    const source = await readFile(bundle, 'utf8');
    // scripts/build-actions.ts minifies whitespace, not names.
    const call = '{...inputs,env,frontendInstall}';
    expect(source.split(call)).toHaveLength(2);
    await writeFile(bundle, source.replace(call, '{...inputs,env}'));
    const result = await run(buildJob(), mutant);
    expect(result.ok).toBe(false);
    const step = result.jobs[0]?.steps[2];
    expect(step?.outcome).toBe('failure');
    expect(step?.log).toMatch(
      /python3 has no `build` module .*install it with `python3 -m pip install build`/,
    );
  }, 300_000);

  it('mutation: frontend uv with uv not installed fails (frontend-missing), naming setup-uv', async () => {
    const result = await run(buildJob(['frontend: uv']));
    expect(result.ok).toBe(false);
    const step = result.jobs[0]?.steps[2];
    expect(step?.outcome).toBe('failure');
    expect(step?.log).toContain('uv was not found');
    expect(step?.log).toContain('astral-sh/setup-uv');
    expect(result.mappings.some((m) => m.includes('frontend `build`') || m.includes('frontend: build'))).toBe(
      false,
    );
  }, 300_000);
});
