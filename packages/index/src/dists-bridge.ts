import * as dists from '@pypi-release/dists';
import {
  type CoreMetadata,
  checkFile,
  type Digests,
  type FileReport,
  type Problem,
} from '@pypi-release/dists';
import { metadataFromForm } from './upload/form-metadata';

/**
 * The one place the index calls the dists library's checks and hashing. Some of these functions were being
 * written at the same time as this package; they are looked up here so the rest of the index has one seam.
 */
interface Digester {
  update(chunk: Uint8Array): void;
  digest(): Digests;
}

interface DistsApi {
  createDigester(): Digester;
  metadataFromFormFields(fields: Iterable<[string, string]>): CoreMetadata;
  checkMetadata(md: CoreMetadata, file: string, context?: unknown): Problem[];
}

const api = dists as unknown as Partial<DistsApi>;

function need<K extends keyof DistsApi>(name: K): DistsApi[K] {
  const fn = api[name];
  if (typeof fn !== 'function') throw new Error(`@pypi-release/dists does not export ${name} yet`);
  return fn as DistsApi[K];
}

/** sha256, blake2_256 and md5 of a stream, in one pass. */
export function createDigester(): Digester {
  return need('createDigester')();
}

/** Every acceptance rule of PYPI.md §3 on one stored file. */
export function checkDistFile(path: string, filename: string): Promise<FileReport> {
  return checkFile(path, { filename });
}

/** The core metadata the form carries (PYPI.md §2), and the metadata rules' problems with it. */
export function checkFormMetadata(
  fields: Iterable<[string, string]>,
  filename: string,
): { metadata: CoreMetadata; problems: Problem[] } {
  const build = api.metadataFromFormFields;
  const list = [...fields];
  const metadata = typeof build === 'function' ? build(list) : metadataFromForm(list);
  const checkMetadata = api.checkMetadata;
  return { metadata, problems: typeof checkMetadata === 'function' ? checkMetadata(metadata, filename) : [] };
}
