/**
 * `pnpm demo`: the release of a sample project, offline, end to end on the local stack: the one-line caller
 * (test/fixtures/workflows/pure-python.yml) run by the local workflow runner — pypi-release.yml's build job
 * (checkout, setup-python, build, collect-dists), the environment gate, its publish job — against the local
 * artifact service, OIDC issuer and index; then `pip install` into a fresh venv and import.
 * `pnpm demo -- --caller <file>` runs another example caller (a file of test/fixtures/workflows/).
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startArtifactService } from '@pypi-release/artifact-service';
import { parseConfig, startIndex } from '@pypi-release/index';
import { startOidcIssuer } from '@pypi-release/oidc-issuer';
import { SYSTEM_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { runWorkflow } from '@pypi-release/workflow-runner';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const started = performance.now();
const say = (text: string): void => {
  process.stdout.write(`${text}\n`);
};
const step = (title: string): void => say(`\n━━ ${title} ${'━'.repeat(Math.max(0, 72 - title.length))}`);

const args = process.argv.slice(2).filter((a) => a !== '--');
const callerAt = args.indexOf('--caller');
const callerName = callerAt >= 0 ? (args[callerAt + 1] ?? 'pure-python.yml') : 'pure-python.yml';
const caller = join(root, 'test/fixtures/workflows', callerName.replace(/^.*\//, ''));
const project = { name: 'pypi-release-demo', version: '1.0.0', module: 'pypi_release_demo' };
const repository = 'octo-org/pypi-release-demo';
const ownerId = '4242';
const TOKEN = 'pypi-demo-local-api-token-0001';

const work = await tempDir('demo-');
const projectDir = join(work.path, 'project');
await writePythonProject(projectDir, {
  name: project.name,
  version: project.version,
  readme: { file: 'README.md', text: '# pypi-release demo\n\nA sample project released by `pnpm demo`.\n' },
});
const [issuer, artifacts] = await Promise.all([startOidcIssuer(), startArtifactService()]);
const index = await startIndex({
  dataDir: join(work.path, 'index'),
  apiToken: TOKEN,
  config: parseConfig(
    {
      trustedPublishing: {
        issuer: issuer.url,
        publishers: [
          {
            repository,
            repositoryOwnerId: ownerId,
            workflow: 'release.yml',
            environment: 'pypi',
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
  step(`workflow: ${callerName} (caller ${repository}, .github/workflows/release.yml)`);
  say(`local index: ${index.uploadUrl}   OIDC issuer: ${issuer.url}   artifacts: ${artifacts.url}`);
  const result = await runWorkflow({
    caller,
    workflowFile: 'release.yml',
    project: projectDir,
    workDir: join(work.path, 'jobs'),
    issuer,
    artifacts,
    repositoryUrl: index.uploadUrl,
    callerRepository: repository,
    ownerId,
    secrets: Object.fromEntries(
      ['PYPI_API_TOKEN', 'TEST_PYPI_API_TOKEN', 'PYPI_API_TOKEN_CORE', 'PYPI_API_TOKEN_CLI'].map((s) => [
        s,
        TOKEN,
      ]),
    ),
  });
  for (const job of result.jobs) {
    for (const s of job.steps) {
      if (s.log.trim() === '') continue;
      step(`${job.id}: ${s.name}`);
      say(s.log.trim());
    }
  }
  step('run');
  process.stdout.write(result.text);
  if (!result.ok) throw new Error('the workflow run failed');

  step('install: pip install --index-url <local>/simple/ into a fresh venv');
  const venv = join(work.path, 'venv');
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
  await artifacts.close();
  await issuer.close();
  await work.cleanup();
}
