import { checkDistributions, type FileReport, PYPI_ONLY_RULES, releaseOf } from '@pypi-release/dists';
import { formatBytes } from '@pypi-release/report';
import type { Dispatcher } from 'undici';
import { attestationsField } from './attestation-files';
import type { AttestationsDecision } from './attestation-setup';
import {
  type AttestationsByFile,
  readUserAttestations,
  signAttestations,
  userAttestationsFor,
} from './attestation-stage';
import type { Credentials } from './credentials';
import { type IndexEndpoints, indexEndpoints } from './endpoints';
import { PublishError } from './errors';
import { hashListing } from './hash-listing';
import { indexClassifiers } from './index-classifiers';
import { applyIndexPolicy, type IndexPolicySetting, resolveIndexPolicy } from './index-policy';
import { type Logger, silentLogger } from './logger';
import { preflightError, remoteConflicts } from './preflight';
import { progressReporter } from './progress';
import { noCredentials } from './resolve-credentials';
import { type Clock, DEFAULT_RETRY_POLICY, type RetryPolicy, systemClock } from './retry';
import { listRemoteFiles, type RemoteFile } from './simple-api';
import { uploadFile } from './upload-client';
import { combinedFailure, orderForUpload, uploadAll } from './upload-queue';
import { verifyLanded } from './verify';
import { isPreconnecting } from './warm-connections';

export interface PublishOptions {
  /** Files, folders or globs holding the release. */
  readonly paths: readonly string[];
  /** The upload URL, e.g. https://upload.pypi.org/legacy/. */
  readonly repositoryUrl: string;
  /** The simple index root, when it cannot be derived from the upload URL. */
  readonly simpleUrl?: string;
  /** Obtains credentials once the pre-flight passed. Absent: only a dry run is possible. */
  readonly credentials?: (endpoints: IndexEndpoints) => Promise<Credentials>;
  readonly dispatcher: Dispatcher;
  readonly logger?: Logger;
  /** Skip files the index already holds with the same sha256 (other bytes under the name are an error). */
  readonly skipExisting?: boolean;
  /** Everything but the uploads: pre-flight, credentials, the remote comparison. */
  readonly dryRun?: boolean;
  /**
   * Wheels uploaded at once (default DEFAULT_CONCURRENCY); the sdist always goes first, alone. A dispatcher that
   * can preconnect (`createDispatcher`) opens this many connections to the upload URL while the pre-flight runs.
   */
  readonly concurrency?: number;
  /** Read every file back through the simple JSON API after uploading (default true). */
  readonly verify?: boolean;
  /** Log the sha256 and blake2-256 of every file once the pre-flight passed, before anything is uploaded. */
  readonly printHashes?: boolean;
  /** Warnings of the pre-flight fail it too. */
  readonly strict?: boolean;
  /**
   * Which rules apply: `pypi` refuses what PyPI refuses; `generic` makes PyPI-only rules (local versions,
   * platform tags, classifiers, direct-URL dependencies) warnings; `auto` (default) is `pypi` for PyPI and
   * TestPyPI, `generic` for any other index.
   */
  readonly indexPolicy?: IndexPolicySetting;
  readonly retry?: Partial<RetryPolicy>;
  readonly clock?: Clock;
  readonly progress?: { readonly minBytes?: number; readonly intervalMs?: number };
  readonly stallTimeoutMs?: number;
  /**
   * PEP 740: asked once the credentials are known whether to sign each file's publish attestation (see
   * `attestationsDecision`). Absent: nothing is signed; attestation files beside the distributions are still sent.
   */
  readonly attestations?: AttestationsDecision;
  /** Where signed attestations are written, `<filename>.publish.attestation` (keep it out of the packages folder). */
  readonly attestationsDir?: string;
}

/**
 * Wheels uploaded at once unless told otherwise, chosen by measurement (`pnpm bench`, 2 cores, local index in its
 * own process; 61 files, 208 MiB; median of 3; two runs of the command, the machine shared with other test runs):
 *
 *   concurrency   run 1     run 2
 *   1             6397 ms   5386 ms
 *   2             5147 ms   4442 ms
 *   4             5183 ms   4334 ms
 *   8             5971 ms   4327 ms
 *
 * 4 is within 1% of the fastest in both runs; 8 tied in run 2 but was 16% slower in run 1, 2 was 2.5% slower in
 * run 2. More parallelism does not pay once the index is the bottleneck (see the README's Performance).
 */
export const DEFAULT_CONCURRENCY = 4;

export type FileStatus = 'uploaded' | 'skipped' | 'would-upload' | 'would-skip';

export interface PublishedFile {
  readonly filename: string;
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly status: FileStatus;
  /** The file's URL on the index, once known (after verification or for skipped files). */
  readonly url: string | undefined;
  /** The attestation files uploaded with it: the user's, and the one signed for it (when written). */
  readonly attestations: readonly string[];
}

export interface PublishResult {
  readonly name: string;
  readonly version: string;
  readonly projectUrl: string;
  readonly files: PublishedFile[];
  readonly dryRun: boolean;
  /** True when the simple JSON API showed every file with its sha256. */
  readonly verified: boolean;
}

/**
 * Publishes a release: every file passes the pre-flight before the first byte is sent, the sdist goes first
 * (creating the release once), then the wheels in parallel; transient failures are retried, and what landed is
 * read back through the simple JSON API.
 */
export async function publish(options: PublishOptions): Promise<PublishResult> {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock ?? systemClock;
  const policy = { ...DEFAULT_RETRY_POLICY, ...options.retry };
  const endpoints = indexEndpoints(options.repositoryUrl, options.simpleUrl);
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new PublishError(
      'invalid-input',
      `concurrency must be a whole number of at least 1, got ${concurrency}`,
    );
  }

  // The connections the uploads will use open (TCP and TLS, no HTTP byte) while the pre-flight runs.
  if (!options.dryRun && options.credentials && isPreconnecting(options.dispatcher)) {
    options.dispatcher.preconnect(endpoints.uploadUrl, concurrency);
  }

  const strict = options.strict ?? false;
  const indexPolicy = resolveIndexPolicy(options.indexPolicy ?? 'auto', endpoints.uploadUrl);
  const classifiers = await indexClassifiers(endpoints, options.dispatcher, logger);
  const report = applyIndexPolicy(
    await checkDistributions(options.paths, { strict, ...(classifiers ? { classifiers } : {}) }),
    indexPolicy,
    strict,
  );
  if (!report.ok) throw preflightError(report, strict, indexPolicy);
  const release = releaseOf(report.files);
  if (!release)
    throw new PublishError('internal', 'the pre-flight passed but found no project name and version');
  const files = orderForUpload(report.files);
  logger.info(
    `Release ${release.name} ${release.version}: ${files.length} file(s), pre-flight passed (${indexPolicy} index policy).`,
  );
  for (const problem of report.files.flatMap((f) => f.problems)) {
    if (PYPI_ONLY_RULES.has(problem.code)) logger.warning(`[${problem.code}] ${problem.message}`);
  }
  if (options.printHashes) logger.info(hashListing(files));
  const foundAttestations = await readUserAttestations(files, logger);

  if (!options.credentials && !options.dryRun) throw noCredentials('`PublishOptions.credentials`');
  const credentials = options.credentials ? await options.credentials(endpoints) : undefined;
  if (credentials) logger.info(`Authenticating to ${endpoints.origin} with ${credentials.description}.`);
  const userMade = userAttestationsFor(foundAttestations, credentials, indexPolicy, logger);
  // Reads carry the credentials only to the upload URL's origin (a private index that needs them to be read).
  const readOptions = {
    dispatcher: options.dispatcher,
    policy,
    clock,
    onRetry: (m: string) => logger.warning(m),
    credentials,
  };
  let remote = new Map<string, RemoteFile>();
  if (options.skipExisting || options.dryRun) {
    remote = await listRemoteFiles(endpoints.simpleUrl, release.name, readOptions);
    const conflicts = remoteConflicts(files, remote);
    if (conflicts) throw conflicts;
  }

  const skipped = (file: FileReport): boolean => options.skipExisting === true && remote.has(file.filename);
  const signer =
    credentials && options.attestations
      ? await options.attestations({ credentials, endpoints, dryRun: options.dryRun === true })
      : undefined;
  if (options.dryRun || !credentials) {
    const planned = files.map((f) =>
      published(f, skipped(f) ? 'would-skip' : 'would-upload', remote, userMade),
    );
    return result(release, endpoints, planned, true, false);
  }
  const attestations: AttestationsByFile = signer
    ? await signAttestations(
        files.filter((f) => !skipped(f)),
        userMade,
        signer,
        options.attestationsDir,
        logger,
      )
    : userMade;

  const upload = async (file: FileReport): Promise<PublishedFile> => {
    if (skipped(file)) {
      logger.info(`${file.filename}: already on the index with the same sha256, skipped.`);
      return published(file, 'skipped', remote, attestations);
    }
    logger.info(`Uploading ${file.filename} (${formatBytes(file.size)})`);
    const started = clock.now();
    const fileAttestations = attestations.get(file.filename);
    const answer = await uploadFile(
      file,
      {
        uploadUrl: endpoints.uploadUrl,
        ...(fileAttestations ? { attestations: attestationsField(fileAttestations) } : {}),
        dispatcher: options.dispatcher,
        credentials,
        policy,
        clock,
        onRetry: (m) => logger.warning(m),
        ...(options.stallTimeoutMs !== undefined ? { stallTimeoutMs: options.stallTimeoutMs } : {}),
      },
      progressReporter(file.filename, file.size, { logger, now: () => clock.now(), ...options.progress }),
    );
    if (answer.kind === 'stored') {
      logger.info(`${file.filename}: uploaded in ${((clock.now() - started) / 1000).toFixed(1)} s.`);
      return published(file, 'uploaded', remote, attestations);
    }
    return settleExisting(file, answer, endpoints, readOptions, logger, attestations);
  };

  const outcomes = await uploadAll(files, concurrency, upload);
  const failures = outcomes.filter((o): o is { error: unknown; file: FileReport } => 'error' in o);
  const done = outcomes.filter((o): o is { done: PublishedFile } => 'done' in o).map((o) => o.done);
  if (failures.length > 0) throw combinedFailure(failures, done, files.length);

  let landed = done;
  let verified = false;
  if (options.verify ?? true) {
    landed = await verifyLanded(done, endpoints.simpleUrl, release.name, readOptions);
    verified = true;
    logger.info(`Verified through ${endpoints.simpleUrl}: every file is on the index with its sha256.`);
  }
  return result(release, endpoints, landed, false, verified);
}

/** "File already exists": ours (a retried upload whose first attempt landed, or skip-existing) or a conflict. */
async function settleExisting(
  file: FileReport,
  answer: { attempts: number; message: string },
  endpoints: IndexEndpoints,
  readOptions: Parameters<typeof listRemoteFiles>[2],
  logger: Logger,
  attestations: AttestationsByFile,
): Promise<PublishedFile> {
  const remote = await listRemoteFiles(endpoints.simpleUrl, file.name ?? file.filename, readOptions);
  const existing = remote.get(file.filename);
  if (existing?.sha256 === file.sha256) {
    if (answer.attempts > 1) {
      logger.info(`${file.filename}: an earlier attempt had stored it (same sha256 on the index): uploaded.`);
      return published(file, 'uploaded', remote, attestations);
    }
    logger.info(`${file.filename}: already on the index with the same sha256, skipped.`);
    return published(file, 'skipped', remote, attestations);
  }
  const theirs = existing
    ? `sha256 ${existing.sha256 ?? '(not listed)'}`
    : 'a file the simple index does not list';
  throw new PublishError(
    'file-exists-different',
    `${file.filename}: the index already holds ${theirs} under this name; the local file has sha256 ${file.sha256}. ` +
      `A published file can never be replaced: build a new version. (${answer.message})`,
  );
}

function published(
  file: FileReport,
  status: FileStatus,
  remote: ReadonlyMap<string, RemoteFile>,
  attestations: AttestationsByFile,
): PublishedFile {
  const sent = status === 'uploaded' || status === 'would-upload';
  return {
    filename: file.filename,
    path: file.path,
    size: file.size,
    sha256: file.sha256,
    status,
    url: remote.get(file.filename)?.url,
    attestations: sent ? (attestations.get(file.filename) ?? []).map((a) => a.path) : [],
  };
}

function result(
  release: { name: string; version: string },
  endpoints: IndexEndpoints,
  files: PublishedFile[],
  dryRun: boolean,
  verified: boolean,
): PublishResult {
  return {
    ...release,
    projectUrl: endpoints.projectUrl(release.name, release.version),
    files,
    dryRun,
    verified,
  };
}
