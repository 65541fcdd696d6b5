/**
 * `pnpm demo`: the release of a sample project, offline, end to end on the local stack:
 * build (Debian's python3-build) → pre-flight check → the bundled publish action, run as the runner runs it,
 * with Trusted Publishing against the local OIDC issuer → the local index → `pip install` into a fresh venv.
 * The reusable workflow itself (its jobs, the artifact handoff, the environment gate) is run by the workflow
 * issue's runner; until then this drives the same actions directly.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runAction } from '@pypi-release/actions-runtime';
import { formatReport } from '@pypi-release/cli';
import { checkDistributions } from '@pypi-release/dists';
import { parseConfig, startIndex } from '@pypi-release/index';
import { jobClaims, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { buildFixture, SYSTEM_PYTHON, tempDir } from '@pypi-release/testkit';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const started = performance.now();
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const step = (title: string): void => say(`\n━━ ${title} ${'━'.repeat(Math.max(0, 72 - title.length))}`);

const project = { name: 'pypi-release-demo', version: '1.0.0', module: 'pypi_release_demo' };
const job = {
  repository: 'octo-org/pypi-release-demo',
  ownerId: '4242',
  workflow: 'release.yml',
  environment: 'pypi',
};

const fixture = await buildFixture({
  name: project.name,
  version: project.version,
  readme: { file: 'README.md', text: '# pypi-release demo\n\nA sample project released by `pnpm demo`.\n' },
});
const data = await tempDir('demo-index-');
const issuer = await startOidcIssuer({ job: jobClaims(job) });
const index = await startIndex({
  dataDir: data.path,
  config: parseConfig(
    {
      trustedPublishing: {
        issuer: issuer.url,
        publishers: [
          {
            repository: job.repository,
            repositoryOwnerId: job.ownerId,
            workflow: job.workflow,
            environment: job.environment,
            projects: [project.name],
            pending: true,
          },
        ],
      },
    },
    'demo',
  ),
});
try {
  step('build (python -m build, no isolation: offline)');
  say(`built ${fixture.files.map((f) => f.slice(fixture.dist.length + 1)).join(', ')}`);

  step('pre-flight: pypi-release check');
  const report = await checkDistributions([fixture.dist]);
  process.stdout.write(formatReport(report));
  if (!report.ok) throw new Error('the sample project fails the pre-flight check');

  step('publish: actions/publish (bundled), Trusted Publishing against the local index');
  say(`local index: ${index.uploadUrl}   OIDC issuer: ${issuer.url}`);
  say(
    `trusted publisher: ${job.repository}, workflow ${job.workflow}, environment ${job.environment} (pending)`,
  );
  const result = await runAction({
    actionDir: join(root, 'actions/publish'),
    workspace: fixture.root,
    inputs: { 'repository-url': index.uploadUrl, 'packages-dir': 'dist' },
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: issuer.requestUrl,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: issuer.requestToken,
    },
  });
  // What the runner shows: its workflow commands (masks, groups) are consumed, not printed.
  say(
    result.stdout
      .split('\n')
      .filter((line) => line !== '' && !/^::(add-mask|debug|group|endgroup)::/.test(line))
      .join('\n'),
  );
  if (result.exitCode !== 0)
    throw new Error(`the publish action failed (exit ${result.exitCode}):\n${result.stderr}`);
  step('job summary');
  say(result.summary.trim());

  step('install: pip install --index-url <local>/simple/ into a fresh venv');
  const venv = join(data.path, 'venv');
  await run(SYSTEM_PYTHON, ['-m', 'venv', venv]);
  const pip = await run(join(venv, 'bin/pip'), [
    'install',
    '--disable-pip-version-check',
    '--no-cache-dir',
    '--index-url',
    index.simpleUrl,
    project.name,
  ]);
  say(
    pip.stdout
      .split('\n')
      .filter((l) => l.startsWith('Successfully'))
      .join('\n'),
  );
  const imported = await run(join(venv, 'bin/python'), [
    '-c',
    `import ${project.module}; print("import ${project.module}: version", ${project.module}.__version__)`,
  ]);
  say(imported.stdout.trim());
  say(
    `\nReleased ${project.name} ${project.version} offline in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
} catch (error) {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await index.close();
  await issuer.close();
  await data.cleanup();
  await fixture.cleanup();
}
