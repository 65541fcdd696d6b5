import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  assertSigstoreFor,
  attestationsDecision,
  createDispatcher,
  DEFAULT_CONCURRENCY,
  envIdTokenProvider,
  failureText,
  hasIdTokenEnvironment,
  type Logger,
  type PublishOptions,
  type PublishResult,
  publish,
  sigstoreFromEnv,
} from '@pypi-release/pypi-client';
import { formatBytes, formatTable } from '@pypi-release/report';
import * as z from '@pypi-release/zod';
import { type CliIo, type Command, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-io';
import { credentialsFor, resolveTarget } from './publish-credentials';

const optionsSchema = z.object({
  'repository-url': z.optional(
    z.url('--repository-url must be a URL such as https://upload.pypi.org/legacy/'),
  ),
  repository: z.optional(z.string().check(z.minLength(1, '--repository names a section of the .pypirc'))),
  'config-file': z.optional(z.string().check(z.minLength(1))),
  username: z.optional(z.string().check(z.minLength(1, '--username must not be empty'))),
  'index-policy': z._default(
    z.enum(['auto', 'pypi', 'generic'], { error: '--index-policy must be auto, pypi or generic' }),
    'auto',
  ),
  'oidc-token-env': z.optional(
    z
      .string()
      .check(
        z.regex(
          /^[A-Za-z_][A-Za-z0-9_]*$/,
          '--oidc-token-env names an environment variable, e.g. PYPI_ID_TOKEN',
        ),
      ),
  ),
  'simple-url': z.optional(z.url('--simple-url must be a URL such as https://pypi.org/simple/')),
  'skip-existing': z._default(z.boolean(), false),
  strict: z._default(z.boolean(), false),
  'print-hash': z._default(z.boolean(), false),
  'dry-run': z._default(z.boolean(), false),
  'no-verify': z._default(z.boolean(), false),
  verbose: z._default(z.boolean(), false),
  'no-attestations': z._default(z.boolean(), false),
  'attestations-dir': z.optional(z.string().check(z.minLength(1, '--attestations-dir must name a folder'))),
  concurrency: z._default(
    z.coerce.number().check(z.int('--concurrency must be a whole number'), z.gte(1), z.lte(64)),
    DEFAULT_CONCURRENCY,
  ),
  paths: z.array(z.string()).check(z.minLength(1, 'name at least one file or folder (e.g. `dist`)')),
});
type Options = z.infer<typeof optionsSchema>;

function parse(args: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'repository-url': { type: 'string' },
      repository: { type: 'string', short: 'r' },
      'config-file': { type: 'string' },
      username: { type: 'string', short: 'u' },
      'index-policy': { type: 'string' },
      'oidc-token-env': { type: 'string' },
      'simple-url': { type: 'string' },
      'skip-existing': { type: 'boolean' },
      strict: { type: 'boolean' },
      'print-hash': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'no-verify': { type: 'boolean' },
      verbose: { type: 'boolean' },
      'no-attestations': { type: 'boolean' },
      'attestations-dir': { type: 'string' },
      concurrency: { type: 'string' },
    },
  });
  const parsed = optionsSchema.safeParse({ ...values, paths: positionals });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}

/** `pypi-release publish`: the same library code the publish action runs. */
export const publishCommand: Command = async (args, io) => {
  const options = parse(args);
  const dispatcher = createDispatcher();
  const logger = stderrLogger(io, options.verbose);
  try {
    const target = await resolveTarget(
      {
        repositoryUrl: options['repository-url'],
        repository: options.repository,
        configFile: options['config-file'],
        username: options.username,
      },
      io.env,
    );
    const credentials = await credentialsFor(
      { target, dryRun: options['dry-run'], oidcTokenEnv: options['oidc-token-env'] },
      io.env,
      dispatcher,
      logger,
    );
    const simpleUrl = options['simple-url'];
    const sigstore = sigstoreFromEnv(io.env);
    assertSigstoreFor(target.repositoryUrl, sigstore);
    const publishOptions: PublishOptions = {
      paths: options.paths,
      repositoryUrl: target.repositoryUrl,
      indexPolicy: options['index-policy'],
      ...(simpleUrl !== undefined ? { simpleUrl } : {}),
      dispatcher,
      logger,
      skipExisting: options['skip-existing'],
      dryRun: options['dry-run'],
      strict: options.strict,
      printHashes: options['print-hash'],
      concurrency: options.concurrency,
      verify: !options['no-verify'],
      ...(credentials ? { credentials } : {}),
      attestations: attestationsDecision({
        enabled: !options['no-attestations'],
        ...(hasIdTokenEnvironment(io.env) ? { getIdToken: envIdTokenProvider(io.env, dispatcher) } : {}),
        ...(sigstore ? { sigstore } : {}),
        load: async () => (await import('@pypi-release/attestations')).createAttester,
        logger,
      }),
      attestationsDir:
        options['attestations-dir'] ?? join(tmpdir(), `pypi-release-attestations-${randomUUID()}`),
    };
    const result = await publish(publishOptions);
    io.stdout(formatResult(result));
    return EXIT_OK;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // a user mistake (PublishError.isUserError) is shown as is; any other failure asks for a bug report
    io.stderr(`pypi-release publish: ${failureText(error)}\n`);
    return EXIT_FAILED;
  } finally {
    await dispatcher.close();
  }
};

function stderrLogger(io: CliIo, verbose: boolean): Logger {
  return {
    info: (m) => io.stderr(`${m}\n`),
    warning: (m) => io.stderr(`warning: ${m}\n`),
    debug: (m) => {
      if (verbose) io.stderr(`${m}\n`);
    },
  };
}

function formatResult(result: PublishResult): string {
  const rows = result.files.map((f) => [f.status, f.filename, formatBytes(f.size), f.sha256]);
  const head = result.dryRun
    ? 'Dry run: nothing was uploaded.'
    : `${result.name} ${result.version}: ${result.projectUrl}`;
  const attestations = result.files.flatMap((f) => f.attestations.map((path) => `attestation: ${path}\n`));
  return `${formatTable(['status', 'file', 'size', 'sha256'], rows)}\n${head}\n${attestations.join('')}`;
}
