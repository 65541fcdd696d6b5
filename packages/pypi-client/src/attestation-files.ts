import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { PublishError } from './errors';

/** One PEP 740 attestation object, as the `attestations` form field carries it (PYPI.md §5). */
export type AttestationObject = Readonly<Record<string, unknown>>;

/** The predicate type of the attestation the publish step signs itself. */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';

/** Warehouse refuses more than this many attestations for one file (ATTESTATIONS.md). */
export const MAX_ATTESTATIONS_PER_FILE = 2;

/** An attestation of a file: made by the user (`<dist>.<kind>.attestation` beside it) or signed by us. */
export interface FileAttestation {
  readonly predicateType: string;
  readonly attestation: AttestationObject;
  /** The file it was read from, or written to. */
  readonly path: string;
}

/**
 * The attestations a user placed next to a distribution, `<filename>.<kind>.attestation` (the names twine and
 * uv read). Each is checked as far as it can be without Sigstore, so that PyPI's refusal cannot come after
 * another file of the release was uploaded: a JSON attestation object whose statement names exactly this file
 * with its sha256, at most two per file, one per predicate type.
 */
export async function userAttestations(
  dist: { readonly path: string; readonly filename: string; readonly sha256: string },
  /** The names in the distribution's folder, when already listed. */
  names?: readonly string[],
): Promise<FileAttestation[]> {
  const folder = dirname(dist.path);
  const prefix = `${basename(dist.path)}.`;
  const found = (names ?? (await readdir(folder)))
    .filter((name) => name.startsWith(prefix) && name.endsWith('.attestation'))
    .sort();
  const attestations: FileAttestation[] = [];
  for (const name of found) {
    const path = join(folder, name);
    attestations.push(checkedAttestation(path, await readFile(path, 'utf8'), dist));
  }
  checkSet(dist.filename, attestations);
  return attestations;
}

/** Adds the attestation we signed to the user's, keeping Warehouse's limits. */
export function withSigned(
  filename: string,
  user: readonly FileAttestation[],
  signed: FileAttestation,
): FileAttestation[] {
  const all = [...user, signed];
  checkSet(filename, all);
  return all;
}

/** Writes a signed attestation as `<dir>/<filename>.publish.attestation` (never into the packages folder). */
export async function writeAttestation(
  dir: string,
  filename: string,
  attestation: AttestationObject,
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${filename}.publish.attestation`);
  await writeFile(path, `${JSON.stringify(attestation)}\n`, { flag: 'wx' }).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    throw new PublishError(
      'invalid-input',
      `${path} already exists: another publish of ${filename} wrote its attestation to the same folder. ` +
        'Give each publish step its own attestations folder.',
    );
  });
  return path;
}

/** The `attestations` form field: a JSON array of the objects. */
export function attestationsField(attestations: readonly FileAttestation[]): string {
  return JSON.stringify(attestations.map((a) => a.attestation));
}

function checkedAttestation(
  path: string,
  text: string,
  dist: { readonly filename: string; readonly sha256: string },
): FileAttestation {
  const refuse = (rule: string): never => {
    throw new PublishError(
      'invalid-attestation',
      `${path}: ${rule}. PyPI would refuse the upload of ${dist.filename} with it; fix or remove the file ` +
        '(the publish step signs the publish attestation itself with Trusted Publishing).',
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return refuse(`not JSON (${(error as Error).message})`);
  }
  const object = record(value) ?? refuse('not a JSON object (one PEP 740 attestation per file)');
  if (object.version !== 1) refuse(`"version" must be 1, not ${JSON.stringify(object.version)}`);
  const material = record(object.verification_material);
  if (!material || typeof material.certificate !== 'string' || !Array.isArray(material.transparency_entries))
    refuse('"verification_material" must hold "certificate" and "transparency_entries"');
  const envelope = record(object.envelope);
  if (!envelope || typeof envelope.statement !== 'string' || typeof envelope.signature !== 'string')
    refuse('"envelope" must hold "statement" and "signature" (base64)');
  const statement = decodeStatement(String(envelope?.statement));
  if (!statement) return refuse('the envelope\'s "statement" is not base64 of a JSON in-toto statement');
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  if (subjects.length !== 1) refuse('the statement must have exactly one subject');
  const subject = record(subjects[0]);
  const sha256 = record(subject?.digest)?.sha256;
  if (sha256 !== dist.sha256)
    refuse(
      `its subject has sha256 ${String(sha256)}, the file has ${dist.sha256} (an attestation of other bytes)`,
    );
  if (typeof statement.predicateType !== 'string') refuse('the statement has no "predicateType"');
  return { predicateType: String(statement.predicateType), attestation: object, path };
}

function checkSet(filename: string, attestations: readonly FileAttestation[]): void {
  const where = attestations.map((a) => a.path).join(', ');
  if (attestations.length > MAX_ATTESTATIONS_PER_FILE) {
    throw new PublishError(
      'invalid-attestation',
      `${filename}: ${attestations.length} attestations (${where}); PyPI accepts at most ${MAX_ATTESTATIONS_PER_FILE} per file. Remove the extra files.`,
    );
  }
  const types = new Set(attestations.map((a) => a.predicateType));
  if (types.size < attestations.length) {
    throw new PublishError(
      'invalid-attestation',
      `${filename}: two attestations with the same predicate type (${where}); PyPI accepts one per type. Remove one.`,
    );
  }
}

function decodeStatement(base64: string): Record<string, unknown> | undefined {
  try {
    return record(JSON.parse(Buffer.from(base64, 'base64').toString('utf8')));
  } catch {
    return undefined;
  }
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
