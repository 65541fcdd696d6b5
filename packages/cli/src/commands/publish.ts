import { parseArgs } from 'node:util';
import {
  apiTokenCredentials,
  type Credentials,
  createDispatcher,
  DEFAULT_CONCURRENCY,
  DEFAULT_RETRY_POLICY,
  envIdTokenProvider,
  forkPullRequest,
  forkPullRequestError,
  formatBytes,
  hasIdTokenEnvironment,
  type Logger,
  PublishError,
  type PublishOptions,
  type PublishResult,
  publish,
  readRunEvent,
  systemClock,
  trustedPublishingCredentials,
} from '@pypi-release/pypi-client';
import { formatTable } from '@pypi-release/report';
import { z } from 'zod';
import { type CliIo, type Command, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-io';

export const PUBLISH_USAGE = `Usage: pypi-release publish [--repository-url URL] [--simple-url URL] [--skip-existing] [--dry-run] [--strict]
         [--concurrency N (default ${DEFAULT_CONCURRENCY})] [--no-verify] [--print-hash] [--verbose] <file-or-dir>...

Checks the distributions (--strict: warnings fail too), then uploads them (sdist first) and verifies what landed
through the simple index (--simple-url when it cannot be derived from the upload URL). --print-hash logs the
sha256 and blake2-256 of every file before uploading.
Token: PYPI_TOKEN, else Trusted Publishing when ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN are set.
Exit status: 0 published, 1 failed, 2 usage error.`;

const optionsSchema = z.object({
  'repository-url': z
    .url('--repository-url must be a URL such as https://upload.pypi.org/legacy/')
    .default('https://upload.pypi.org/legacy/'),
  'simple-url': z.url('--simple-url must be a URL such as https://pypi.org/simple/').optional(),
  'skip-existing': z.boolean().default(false),
  strict: z.boolean().default(false),
  'print-hash': z.boolean().default(false),
  'dry-run': z.boolean().default(false),
  'no-verify': z.boolean().default(false),
  verbose: z.boolean().default(false),
  concurrency: z.coerce
    .number()
    .int('--concurrency must be a whole number')
    .min(1)
    .max(64)
    .default(DEFAULT_CONCURRENCY),
  paths: z.array(z.string()).min(1, 'name at least one file or folder (e.g. `dist`)'),
});
type Options = z.infer<typeof optionsSchema>;

function parse(args: readonly string[]): Options {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'repository-url': { type: 'string' },
      'simple-url': { type: 'string' },
      'skip-existing': { type: 'boolean' },
      strict: { type: 'boolean' },
      'print-hash': { type: 'boolean' },
      'dry-run': { type: 'boolean' },
      'no-verify': { type: 'boolean' },
      verbose: { type: 'boolean' },
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
    const credentials = await credentialsFor(io.env, options['dry-run'], dispatcher, logger);
    const simpleUrl = options['simple-url'];
    const publishOptions: PublishOptions = {
      paths: options.paths,
      repositoryUrl: options['repository-url'],
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
    };
    const result = await publish(publishOptions);
    io.stdout(formatResult(result));
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof PublishError)) throw error;
    io.stderr(`pypi-release publish: ${error.message}\n`);
    return EXIT_FAILED;
  } finally {
    await dispatcher.close();
  }
};

type CredentialsFactory = NonNullable<PublishOptions['credentials']>;

async function credentialsFor(
  env: CliIo['env'],
  dryRun: boolean,
  dispatcher: ReturnType<typeof createDispatcher>,
  logger: Logger,
): Promise<CredentialsFactory | undefined> {
  const token = env.PYPI_TOKEN;
  if (token !== undefined) {
    if (token.trim() === '') {
      throw new PublishError(
        'empty-token',
        'PYPI_TOKEN is set but empty: set it to an API token, or unset it to use Trusted Publishing.',
      );
    }
    return async (endpoints): Promise<Credentials> => apiTokenCredentials(token, endpoints.origin);
  }
  const event = await readRunEvent(env);
  const fork = forkPullRequest(event);
  if (fork && !dryRun) throw forkPullRequestError(fork, event.eventName ?? 'a pull request');
  if (hasIdTokenEnvironment(env)) {
    const getIdToken = envIdTokenProvider(env, dispatcher);
    return (endpoints) =>
      trustedPublishingCredentials({
        endpoints,
        getIdToken,
        dispatcher,
        clock: systemClock,
        policy: DEFAULT_RETRY_POLICY,
        logger,
      });
  }
  if (dryRun) return undefined;
  throw new PublishError(
    'no-credentials',
    'no credentials: set PYPI_TOKEN to an API token, or run in a GitHub Actions job with `permissions: id-token: write` ' +
      '(ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN) for Trusted Publishing.',
  );
}

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
  return `${formatTable(['status', 'file', 'size', 'sha256'], rows)}\n${head}\n`;
}
