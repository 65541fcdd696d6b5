import { type Stats, statSync } from 'node:fs';
import { basename } from 'node:path';
import { FileWindow } from './archive/file-window';
import type { ClassifierList } from './classifiers';
import { DistsError } from './errors';
import { kindFromFilename, parseDistFilename } from './filename';
import { hashBuffer, hashFile } from './hashing';
import { getField, getFields, parseMetadata } from './metadata';
import { checkMetadata, metadataSyntaxProblems } from './metadata-rules';
import { type Problem, problemFrom } from './problem';
import { checkFilename } from './rules/filename-rules';
import { SET_RULES } from './rules/set-catalog';
import { inspectSdist } from './sdist-on-demand';
import type { ArchiveContents, CoreMetadata, Digests, FileReport } from './types';
import { checkLicenseFiles, inspectWheel } from './wheel-contents';

export interface CheckFileOptions {
  /** The distribution's name when the file on disk has another (an upload in a temporary file). */
  readonly filename?: string;
  /**
   * The file's digests when the caller computed them already (an index hashes an upload while receiving it):
   * the file is then not read a second time for them.
   */
  readonly digests?: Digests;
  /** The classifier list that decides (the index's own, fetched at publish time); default the bundled one. */
  readonly classifiers?: ClassifierList;
}

/**
 * Runs every per-file acceptance rule of PYPI.md §3 on one file: the filename, the archive, the metadata and
 * the long description. One streaming read for the digests and one pass over the archive; never throws for
 * a bad distribution (every defect is a problem), only for a file that cannot be read at all.
 */
export async function checkFile(path: string, options: CheckFileOptions = {}): Promise<FileReport> {
  const filename = options.filename ?? basename(path);
  // statSync: a metadata lookup is microseconds, and the promise-based call costs more than checking a small wheel.
  const info = statOrThrow(path);
  const empty = {
    path,
    filename,
    size: info.size,
    sha256: '',
    digests: undefined,
    metadata: undefined,
    members: [],
  };
  const filenameProblems = checkFilename(filename);
  const kind = kindFromFilename(filename);
  if (!info.isFile()) {
    const problem = problemFrom(SET_RULES.notAFile, path, 'this is a directory, not a file');
    return { ...empty, kind, name: undefined, version: undefined, problems: [problem] };
  }
  const parsed = parseDistFilename(filename);
  if (kind === undefined || !parsed) {
    return { ...empty, kind, name: undefined, version: undefined, problems: filenameProblems };
  }
  const expected = { name: parsed.name, version: parsed.version };
  const known = options.digests;
  const [digests, contents] =
    kind === 'wheel'
      ? await readWheel(path, filename, expected, known)
      : await Promise.all([known ?? hashFile(path), inspectSdist(path, filename, expected)]);
  const parsedMetadata =
    contents.metadataText === undefined ? undefined : parseMetadata(contents.metadataText);
  const metadata = parsedMetadata?.metadata;
  const name = (metadata && getField(metadata, 'name')) ?? parsed.name;
  const version = (metadata && getField(metadata, 'version')) ?? parsed.version;
  const problems = [
    ...filenameProblems,
    ...contents.problems,
    ...(parsedMetadata ? metadataSyntaxProblems(parsedMetadata.problems, filename) : []),
    ...(metadata ? metadataProblems(metadata, contents, filename, parsed, options.classifiers) : []),
  ];
  return {
    path,
    filename,
    kind,
    name,
    version,
    size: digests.size,
    sha256: digests.sha256,
    digests,
    metadata,
    members: contents.members,
    problems,
  };
}

function metadataProblems(
  metadata: CoreMetadata,
  contents: ArchiveContents,
  filename: string,
  parsed: { name: string; version: string },
  classifiers: ClassifierList | undefined,
): Problem[] {
  const context = {
    expectedName: parsed.name,
    expectedVersion: parsed.version,
    ...(classifiers ? { classifiers } : {}),
  };
  return [
    ...checkMetadata(metadata, filename, context),
    ...checkLicenseFiles(contents, getFields(metadata, 'license-file'), filename),
  ];
}

/**
 * A small wheel is read once: the window holds the whole file, which is hashed from memory while the zip
 * reader works on the same bytes. A large one is hashed in a streaming read beside the reader's positional reads.
 */
async function readWheel(
  path: string,
  filename: string,
  expected: { name: string; version: string },
  known: Digests | undefined,
): Promise<[Digests, ArchiveContents]> {
  const window = await FileWindow.open(path);
  const whole = window.wholeFile();
  const digests = known ?? (whole ? hashBuffer(whole) : hashFile(path));
  return Promise.all([digests, inspectWheel(path, filename, expected, window)]);
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (cause) {
    throw new DistsError('not-found', `${path}: no such file`, { cause });
  }
}
