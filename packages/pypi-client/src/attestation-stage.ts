import { readdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { mapBounded } from '@pypi-release/async-pool';
import type { FileReport } from '@pypi-release/dists';
import {
  type FileAttestation,
  PUBLISH_PREDICATE_TYPE,
  userAttestations,
  withSigned,
  writeAttestation,
} from './attestation-files';
import type { AttestationSigner } from './attestation-setup';
import type { Credentials } from './credentials';
import { PublishError } from './errors';
import type { IndexPolicy } from './index-policy';
import type { Logger } from './logger';

/** Each file's attestations, by filename: what its upload sends in the `attestations` field. */
export type AttestationsByFile = ReadonlyMap<string, readonly FileAttestation[]>;

/** Signs at most this many attestations at once (each is a Fulcio and a Rekor round trip). */
const SIGNING_CONCURRENCY = 2;

/** The user-made attestations beside the release's files, checked before anything else happens. */
export async function readUserAttestations(
  files: readonly FileReport[],
  logger: Logger,
): Promise<Map<string, FileAttestation[]>> {
  const found = new Map<string, FileAttestation[]>();
  const listings = new Map<string, Promise<string[]>>(); // each folder is listed once, not once per file
  for (const file of files) {
    const folder = dirname(file.path);
    if (!listings.has(folder)) listings.set(folder, readdir(folder));
    const attestations = await userAttestations(file, await listings.get(folder));
    if (attestations.length === 0) continue;
    found.set(file.filename, attestations);
    logger.info(
      `${file.filename}: ${attestations.length} attestation file(s) beside it will be uploaded with it: ` +
        attestations.map((a) => a.path).join(', '),
    );
  }
  return found;
}

/**
 * User-made attestations go only with Trusted Publishing to PyPI (Warehouse: "Attestations are only supported
 * when using Trusted Publishing"): refused there before any upload, left out with a warning for other indexes.
 */
export function userAttestationsFor(
  found: Map<string, FileAttestation[]>,
  credentials: Credentials | undefined,
  policy: IndexPolicy,
  logger: Logger,
): Map<string, FileAttestation[]> {
  if (found.size === 0 || credentials === undefined || credentials.trustedPublishing) return found;
  const files = [...found.values()].flat().map((a) => a.path);
  if (policy === 'pypi') {
    throw new PublishError(
      'attestations-unavailable',
      `attestation files beside the distributions (${files.join(', ')}), and this upload uses ` +
        `${credentials.description}: PyPI accepts attestations only with Trusted Publishing ("Attestations are only ` +
        'supported when using Trusted Publishing"). Use Trusted Publishing, or remove the files. Nothing was uploaded.',
    );
  }
  logger.warning(
    `Not sending the attestation files ${files.join(', ')}: this upload uses ${credentials.description}, and ` +
      'PyPI-compatible indexes accept attestations only with Trusted Publishing.',
  );
  return new Map();
}

/**
 * Signs the publish attestation of every file about to be uploaded that has none from the user, writes each to
 * `dir` (when given), and returns every file's attestations. Any failure fails the release before its first
 * upload: nothing is half-published.
 */
export async function signAttestations(
  files: readonly FileReport[],
  user: ReadonlyMap<string, readonly FileAttestation[]>,
  sign: AttestationSigner,
  dir: string | undefined,
  logger: Logger,
): Promise<AttestationsByFile> {
  const all = new Map<string, readonly FileAttestation[]>(user);
  const toSign = files.filter(
    (f) => !(user.get(f.filename) ?? []).some((a) => a.predicateType === PUBLISH_PREDICATE_TYPE),
  );
  for (const file of toSign) withSigned(file.filename, user.get(file.filename) ?? [], placeholder(file)); // limits first
  const started = performance.now();
  await mapBounded(toSign, SIGNING_CONCURRENCY, async (file) => {
    let attestation: FileAttestation['attestation'];
    try {
      attestation = await sign({ filename: file.filename, sha256: file.sha256 });
    } catch (error) {
      throw new PublishError(
        'signing-failed',
        `${(error as Error).message ?? String(error)}\nNothing was uploaded. Re-run the job, or set ` +
          '`attestations: false` to publish without them.',
        { cause: error },
      );
    }
    const path =
      dir === undefined ? '(not written)' : await writeAttestation(dir, file.filename, attestation);
    all.set(
      file.filename,
      withSigned(file.filename, user.get(file.filename) ?? [], {
        predicateType: PUBLISH_PREDICATE_TYPE,
        attestation,
        path,
      }),
    );
    logger.info(`${file.filename}: publish attestation signed${dir === undefined ? '' : `, ${path}`}.`);
  });
  if (toSign.length > 0) {
    logger.info(
      `Signed ${toSign.length} attestation(s) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
  }
  return all;
}

/** Stands for the attestation about to be signed, so Warehouse's limits are checked before the signing. */
function placeholder(file: FileReport): FileAttestation {
  return {
    predicateType: PUBLISH_PREDICATE_TYPE,
    attestation: {},
    path: `(to be signed for ${file.filename})`,
  };
}
