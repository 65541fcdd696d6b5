import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type ActionResult, runAction } from '@pypi-release/actions-runtime';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { type RunningIndex, startIndex } from '@pypi-release/index';
import { SETUPTOOLS66_PYTHON, TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const actions = join(import.meta.dirname, '../../actions');
const TOKEN = 'pypi-e2e-handoff-token-5d1c';
const RUN_ID = 7100;

function ok(result: ActionResult): ActionResult {
  expect(result.exitCode, `${result.stdout}\n${result.stderr}`).toBe(0);
  return result;
}

/**
 * The two-job pattern on the local stack (issue 5): a matrix of three build jobs, each uploading its dists as an
 * artifact of the run; collect-dists merges them into one release artifact; publish downloads it, verifies it
 * byte for byte against the manifest and the build job's digests, and uploads to the local index; pip installs.
 */
describe('artifact handoff: build ×3 → collect-dists → publish → pip install', () => {
  let service: ArtifactService;
  let index: RunningIndex;
  let work: Awaited<ReturnType<typeof tempDir>>;

  beforeAll(async () => {
    work = await tempDir('e2e-handoff-');
    [service, index] = await Promise.all([
      startArtifactService(),
      startIndex({ dataDir: join(work.path, 'index'), apiToken: TOKEN }),
    ]);
    await writePythonProject(join(work.path, 'hatch-demo'), {
      name: 'handoff-demo',
      version: '0.9.0',
      readme: { file: 'README.md', text: '# handoff demo\n' },
    });
    await writePythonProject(join(work.path, 'st-demo'), {
      name: 'st-demo',
      version: '0.2.0',
      backend: 'setuptools',
    });
  }, 120_000);
  afterAll(async () => {
    await index?.close();
    await service?.close();
    await work?.cleanup();
  });

  const buildJob = (job: number, project: string, python: string): Promise<ActionResult> =>
    runAction({
      actionDir: join(actions, 'build'),
      workspace: work.path,
      inputs: {
        'working-directory': project,
        // Debian's setuptools 66 for st-demo: its non-normalized sdist name is the negative case below.
        python: project === 'st-demo' ? SETUPTOOLS66_PYTHON : TOOL_PYTHON,
        isolation: 'false',
        args: '--skip-dependency-check',
        'upload-artifact': 'true',
        matrix: JSON.stringify({ python }),
      },
      env: {
        ...service.envFor(RUN_ID + (project === 'st-demo' ? 1 : 0), job),
        SOURCE_DATE_EPOCH: '1700000000',
      },
    });

  it('publishes what the matrix built, once, verified, and pip installs it', async () => {
    const builds = [];
    for (const [job, python] of [
      [1, '3.10'],
      [2, '3.11'],
      [3, '3.12'],
    ] as const) {
      builds.push(ok(await buildJob(job, 'hatch-demo', python)));
    }
    const names = builds.map((b) => b.outputs['artifact-name']);
    expect(new Set(names).size).toBe(3);

    const collect = ok(
      await runAction({
        actionDir: join(actions, 'collect-dists'),
        workspace: work.path,
        inputs: { pattern: 'dists-*', 'artifact-name': 'release-dists' },
        env: service.envFor(RUN_ID, 10),
      }),
    );
    const digests = JSON.parse(collect.outputs.digests ?? '{}') as Record<string, string>;
    // Reproducible builds (SOURCE_DATE_EPOCH): the three jobs' identical files collapse into one release.
    expect(Object.keys(digests).sort()).toEqual([
      'handoff_demo-0.9.0-py3-none-any.whl',
      'handoff_demo-0.9.0.tar.gz',
    ]);
    expect(collect.outputs.name).toBe('handoff-demo');

    const publish = ok(
      await runAction({
        actionDir: join(actions, 'publish'),
        workspace: join(work.path, 'publish-job'),
        inputs: {
          'artifact-name': 'release-dists',
          'expected-digests': collect.outputs.digests ?? '',
          'repository-url': index.uploadUrl,
          password: TOKEN,
        },
        env: service.envFor(RUN_ID, 20),
      }),
    );
    const published = JSON.parse(publish.outputs.files ?? '[]') as {
      filename: string;
      sha256: string;
      status: string;
    }[];
    expect(published.map((f) => [f.filename, f.sha256, f.status]).sort()).toEqual(
      Object.entries(digests)
        .map(([filename, sha256]) => [filename, sha256, 'uploaded'])
        .sort(),
    );
    // `::add-mask::` is the runner's masking protocol: consumed by the runner, never shown.
    const shown = publish.stdout.replace(/^::add-mask::.*$/gm, '');
    expect(`${shown}${publish.stderr}${publish.summary}${JSON.stringify(publish.outputs)}`).not.toContain(
      TOKEN,
    );

    const venv = join(work.path, 'venv');
    await run(TOOL_PYTHON, ['-m', 'venv', venv]);
    await run(join(venv, 'bin/pip'), [
      'install',
      '--no-cache-dir',
      '--index-url',
      index.simpleUrl,
      'handoff-demo',
    ]);
    const { stdout } = await run(join(venv, 'bin/python'), [
      '-c',
      'import handoff_demo; print(handoff_demo.__version__)',
    ]);
    expect(stdout.trim()).toBe('0.9.0');
  }, 300_000);

  it('stops a setuptools 66 build at collect-dists, naming the sdist rule and the fix, before any artifact', async () => {
    ok(await buildJob(1, 'st-demo', '3.12'));
    const collect = await runAction({
      actionDir: join(actions, 'collect-dists'),
      workspace: work.path,
      inputs: { pattern: 'dists-*', 'artifact-name': 'release-dists' },
      env: service.envFor(RUN_ID + 1, 10),
    });
    expect(collect.exitCode).toBe(1);
    const errors = collect.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('[sdist-filename] st-demo-0.2.0.tar.gz');
    expect(errors[0]?.message).toContain('setuptools >= 69.3');
    expect(service.artifacts(RUN_ID + 1).map((a) => a.name)).not.toContain('release-dists');
  }, 300_000);
});
