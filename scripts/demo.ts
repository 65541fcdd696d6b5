/**
 * `pnpm demo`: the release of a sample project, offline, end to end on the local stack: the one-line caller
 * (test/fixtures/workflows/pure-python.yml) run by the local workflow runner as a fresh GitHub runner would run
 * it — pypi-release.yml's build job (checkout, setup-python as a fresh venv with pip only, build installing its own
 * frontend, isolated builds whose backend pip fetches, collect-dists), the environment gate, its publish job —
 * against the local artifact service, OIDC issuer and index. The index plays PyPI for installs too: it is seeded
 * with the real wheels of the frontend and backends, and the demo prints what pip fetched from it (its request
 * log). Then `pip install` into a fresh venv and import.
 *
 * `pnpm demo -- --caller <file>` runs another example caller (a file of test/fixtures/workflows/), installed as
 * the caller repository's .github/workflows/release.yml (the file the index's Trusted Publisher names). The
 * sample checkout follows the caller: monorepo.yml builds `packages/core` and `packages/cli`, so the checkout has
 * a project in each (`pypi-release-demo-core`, `pypi-release-demo-cli`); every other example releases one project
 * at the root. Each project the run published is then installed and imported. Third-party steps (checkout,
 * setup-python, setup-uv, upload-artifact, the cibuildwheel `run:` step, other OS labels, the index URLs) are
 * mapped to local equivalents, each listed under "Mapped to local equivalents" with its reason. A caller that
 * publishes to TestPyPI too gets a second local index standing in for it.
 */
import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startArtifactService } from '@pypi-release/artifact-service';
import { runCli } from '@pypi-release/cli';
import { createKeySource, type IndexRequest, parseConfig, startIndex } from '@pypi-release/index';
import { startOidcIssuer } from '@pypi-release/oidc-issuer';
import { startLocalSigstore } from '@pypi-release/sigstore-local';
import { TOOL_PYTHON, tempDir } from '@pypi-release/testkit';
import {
  BASE_PYTHON,
  freshPython,
  runWorkflow,
  seedDataDir,
  toolkitSeedWheels,
  writeSampleCheckout,
} from '@pypi-release/workflow-runner';

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
const version = '1.0.0';
const repository = 'octo-org/pypi-release-demo';
const ownerId = '4242';
const TOKEN = 'pypi-demo-local-api-token-0001';

const work = await tempDir('demo-');
const projectDir = join(work.path, 'project');
const packages = await writeSampleCheckout(projectDir, caller, {
  name: 'pypi-release-demo',
  version,
  readme: { file: 'README.md', text: '# pypi-release demo\n\nA sample project released by `pnpm demo`.\n' },
});
// The local issuer signs as GitHub's (its claims and `iss` are the real ones); its keys are at loopback, where the
// index and the local Sigstore fetch them. Fulcio certifies that issuer, as real Fulcio does for GitHub's tokens.
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const [issuer, artifacts] = await Promise.all([
  startOidcIssuer({ issuer: GITHUB_ISSUER }),
  startArtifactService(),
]);
const sigstore = await startLocalSigstore({
  issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${issuer.url}/.well-known/jwks` }],
});
const keySource = createKeySource(GITHUB_ISSUER, {
  fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, issuer.url), init),
});
// The local index plays PyPI for installs too: it holds the real wheels of the build frontend and backends
// (downloaded once into .cache/index-seed with pip as configured here, uploaded through our publish path).
const seedStarted = performance.now();
const wheels = await toolkitSeedWheels(root, TOOL_PYTHON);
await seedDataDir(join(work.path, 'index'), wheels, startIndex);
const seedSeconds = (performance.now() - seedStarted) / 1000;
const requests: IndexRequest[] = [];
/** An index configuration with a pending Trusted Publisher for release.yml in `environment`. */
const indexConfig = (environment: string) =>
  parseConfig(
    {
      trustedPublishing: {
        issuer: GITHUB_ISSUER,
        publishers: [
          {
            repository,
            repositoryOwnerId: ownerId,
            workflow: 'release.yml',
            environment,
            projects: packages.map((p) => p.name),
            pending: true,
          },
        ],
      },
    },
    'demo',
  );
const index = await startIndex({
  dataDir: join(work.path, 'index'),
  apiToken: TOKEN,
  onRequest: (request) => requests.push(request),
  config: indexConfig('pypi'),
  keySource,
  sigstoreTrustedRoot: sigstore.trustedRoot,
});
// A caller that also publishes to TestPyPI gets a second local index standing in for it.
const TEST_PYPI = 'https://test.pypi.org/legacy/';
const testIndex = (await readFile(caller, 'utf8')).includes(TEST_PYPI)
  ? await startIndex({
      dataDir: join(work.path, 'testpypi'),
      apiToken: TOKEN,
      config: indexConfig('testpypi'),
      keySource,
      sigstoreTrustedRoot: sigstore.trustedRoot,
    })
  : undefined;
try {
  step('local index seeded with the real wheels builds fetch from PyPI');
  say(`${wheels.map((w) => w.replace(/^.*\//, '')).join(', ')} (${seedSeconds.toFixed(1)} s)`);
  step(`workflow: ${callerName} (caller ${repository}, .github/workflows/release.yml)`);
  say(`local index: ${index.uploadUrl}   OIDC issuer: ${issuer.url}   artifacts: ${artifacts.url}`);
  say(`local Sigstore: Fulcio ${sigstore.fulcioUrl}   Rekor ${sigstore.rekorUrl}`);
  if (testIndex) say(`TestPyPI stand-in: ${testIndex.uploadUrl}`);
  const result = await runWorkflow({
    caller,
    workflowFile: 'release.yml',
    project: projectDir,
    workDir: join(work.path, 'jobs'),
    issuer,
    artifacts,
    repositoryUrl: index.uploadUrl,
    sigstore,
    ...(testIndex ? { indexes: { [TEST_PYPI]: testIndex.uploadUrl } } : {}),
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
  step('pip fetched from the local index during the run (its request log)');
  say(fetchedFiles(requests));
  if (!result.ok) throw new Error('the workflow run failed');

  step('install: pip install --index-url <local>/simple/ into a fresh venv');
  const venv = await freshPython(BASE_PYTHON, join(work.path, 'venv'), join(root, '.cache'));
  const pip = await run(
    venv.python,
    [
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--index-url',
      index.simpleUrl,
      ...packages.map((p) => p.name),
    ],
    {
      env: { PATH: process.env.PATH ?? '', PIP_CONFIG_FILE: '/dev/null', PIP_DISABLE_PIP_VERSION_CHECK: '1' },
    },
  );
  say(
    pip.stdout
      .split('\n')
      .filter((l) => l.startsWith('Successfully'))
      .join('\n'),
  );
  for (const { module } of packages) {
    const imported = await run(venv.python, [
      '-c',
      `import ${module}; print("import ${module}: version", ${module}.__version__)`,
    ]);
    say(imported.stdout.trim());
  }
  await verifyProvenance(result.jobs.flatMap((j) => j.steps));
  const released = packages.map((p) => `${p.name} ${p.version}`).join(', ');
  say(`\nReleased ${released} offline in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} catch (error) {
  process.stderr.write(`demo failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await index.close();
  await testIndex?.close();
  await artifacts.close();
  await sigstore.close();
  await issuer.close();
  await work.cleanup();
}

/**
 * When the publish steps uploaded attestations, verifies the provenance of every published project as a user
 * would: `pypi-release provenance` against the local index, trusting the local Sigstore's root.
 */
async function verifyProvenance(steps: ReadonlyArray<{ outputs: Record<string, string> }>): Promise<void> {
  const attested = steps.flatMap((s) => JSON.parse(s.outputs.attestations ?? '[]') as string[]);
  step('provenance: pypi-release provenance <project> <version> --index-url <local> --trusted-root <local>');
  if (attested.length === 0) {
    say('no attestations: this caller publishes with an API token or from a reusable workflow (see its log)');
    return;
  }
  const rootFile = join(work.path, 'trusted_root.json');
  await writeFile(rootFile, JSON.stringify(sigstore.trustedRoot));
  for (const { name } of packages) {
    let out = '';
    const io = {
      stdout: (text: string) => {
        out += text;
      },
      stderr: (text: string) => {
        out += text;
      },
      env: {},
      stopSignal: new Promise<string>(() => undefined),
    };
    const args = ['provenance', name, version, '--index-url', index.url, '--trusted-root', rootFile];
    const code = await runCli(args, io);
    say(out.trim());
    if (code !== 0) throw new Error(`the provenance of ${name} ${version} did not verify`);
  }
}

/** The distribution files the index served (GET /files/…, 200), with how many times each. */
function fetchedFiles(log: readonly IndexRequest[]): string {
  const counts = new Map<string, number>();
  for (const r of log) {
    if (r.method !== 'GET' || r.status !== 200 || !r.url.startsWith('/files/')) continue;
    const file = decodeURIComponent(r.url.split('/').at(-1) ?? '');
    counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  if (counts.size === 0) return '(nothing)';
  return [...counts].map(([file, n]) => `  ${file}${n > 1 ? ` ×${n}` : ''}`).join('\n');
}
