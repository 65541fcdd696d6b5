import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  assertSigstoreFor,
  attestationsDecision,
  createDispatcher,
  envIdTokenProvider,
  failureText,
  hasIdTokenEnvironment,
  type Logger,
  PublishError,
  publish,
  sigstoreFromEnv,
} from '@pypi-release/pypi-client';
import * as core from '@pypi-release/workflow-commands';
import * as z from '@pypi-release/zod';
import { chooseCredentials } from './credentials';
import { resolveDistributions } from './dist-source';
import { failureSummary, publishSummary } from './summary';

const inputsSchema = z.object({
  repositoryUrl: z.url('input `repository-url` must be a URL such as https://upload.pypi.org/legacy/'),
  packagesDir: z
    .string()
    .check(z.minLength(1, 'input `packages-dir` is empty: name the folder holding the distributions')),
  password: z.optional(z.string()),
  username: z.string().check(
    z.minLength(1, 'input `username` is empty: use `__token__` for an API token, or the account name'),
    z.refine((u) => !u.includes(':'), 'input `username` must not contain ":" (HTTP Basic)'),
  ),
  simpleUrl: z.optional(z.url('input `simple-url` must be a URL such as https://pypi.org/simple/')),
  indexPolicy: z.enum(['auto', 'pypi', 'generic'], {
    error: 'input `index-policy` must be auto, pypi or generic',
  }),
  concurrency: z.coerce
    .number()
    .check(z.int(), z.gte(1, 'input `concurrency` must be at least 1'), z.lte(64)),
  skipExisting: z.boolean(),
  dryRun: z.boolean(),
  verbose: z.boolean(),
  printHash: z.boolean(),
  verify: z.boolean(),
  attestations: z.boolean(),
  artifactName: z.optional(z.string()),
  expectedDigests: z.optional(z.string()),
});

function readInputs(): z.infer<typeof inputsSchema> {
  const password = core.getInput('password');
  if (password !== '') core.setSecret(password);
  const parsed = inputsSchema.safeParse({
    repositoryUrl: core.getInput('repository-url'),
    packagesDir: core.getInput('packages-dir'),
    password: password === '' ? undefined : password,
    username: core.getInput('username') || '__token__',
    simpleUrl: core.getInput('simple-url') || undefined,
    indexPolicy: core.getInput('index-policy') || 'auto',
    concurrency: core.getInput('concurrency'),
    skipExisting: core.getBooleanInput('skip-existing'),
    dryRun: core.getBooleanInput('dry-run'),
    verbose: core.getBooleanInput('verbose'),
    printHash: core.getBooleanInput('print-hash'),
    verify: core.getBooleanInput('verify'),
    attestations: core.getBooleanInput('attestations'),
    artifactName: core.getInput('artifact-name') || undefined,
    expectedDigests: core.getInput('expected-digests') || undefined,
  });
  if (!parsed.success) throw new PublishError('invalid-input', z.prettifyError(parsed.error));
  return parsed.data;
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const sigstore = sigstoreFromEnv(process.env);
  assertSigstoreFor(inputs.repositoryUrl, sigstore);
  const dispatcher = createDispatcher();
  const logger: Logger = {
    info: core.info,
    warning: core.warning,
    debug: inputs.verbose ? core.info : core.debug,
  };
  // ID tokens from the runner's endpoint, through the dispatcher every other request uses (PYPI.md §6).
  const getIdToken = hasIdTokenEnvironment(process.env)
    ? envIdTokenProvider(process.env, dispatcher, { onRetry: core.warning })
    : undefined;
  try {
    const credentials = await chooseCredentials(inputs, process.env, dispatcher, logger, getIdToken);
    const paths = await resolveDistributions(inputs);
    const { repositoryUrl, skipExisting, dryRun, concurrency, verify, printHash: printHashes } = inputs;
    const result = await publish({
      ...{ repositoryUrl, skipExisting, dryRun, concurrency, verify, printHashes, paths, dispatcher, logger },
      indexPolicy: inputs.indexPolicy,
      ...(inputs.simpleUrl ? { simpleUrl: inputs.simpleUrl } : {}),
      ...(credentials ? { credentials } : {}),
      attestations: attestationsDecision({
        enabled: inputs.attestations,
        ...(getIdToken ? { getIdToken } : {}),
        ...(sigstore ? { sigstore } : {}),
        // The signing code (Sigstore's libraries) is loaded only when something is signed.
        load: async () => (await import('@pypi-release/attestations')).createAttester,
        logger,
        maskSecret: core.setSecret,
      }),
      // Outside packages-dir: a second publish of the same files (TestPyPI, then PyPI) signs into its own folder.
      attestationsDir: join(process.env.RUNNER_TEMP || tmpdir(), `pypi-release-attestations-${randomUUID()}`),
    });
    core.setOutput('files', JSON.stringify(result.files.map(({ path: _path, ...file }) => file)));
    core.setOutput('uploaded', result.files.filter((f) => f.status === 'uploaded').length);
    core.setOutput('skipped', result.files.filter((f) => f.status === 'skipped').length);
    core.setOutput('project-url', result.projectUrl);
    core.setOutput('attestations', JSON.stringify(result.files.flatMap((f) => f.attestations)));
    await core.appendSummary(publishSummary(result));
  } finally {
    await dispatcher.close();
  }
}

/**
 * A user mistake: a PublishError saying so, or a release artifact error other than `internal` (release-artifact's
 * own classification; matched by name, since that package loads only in artifact mode).
 */
function isUserMistake(error: unknown): boolean {
  if (error instanceof PublishError) return error.isUserError;
  return (
    error instanceof Error &&
    error.name === 'ReleaseArtifactError' &&
    'code' in error &&
    error.code !== 'internal'
  );
}

run().catch(async (error: unknown) => {
  const message = failureText(error, isUserMistake(error));
  core.setFailed(message);
  await core.appendSummary(failureSummary(message)).catch(() => undefined);
});
