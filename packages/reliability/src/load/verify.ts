import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type LandedFile, readLanded } from '../landed';
import type { LocalFile } from './releases';

export interface VerifyOptions {
  /** The index's simple root, `…/simple/`. */
  readonly simpleUrl: string;
  /** The index's data directory: its stored distributions are counted and `tmp/` must be empty. */
  readonly dataDir?: string;
  /** Projects read (and files downloaded) at once; default 4. */
  readonly concurrency?: number;
}

/**
 * Checks that every local file is on the index exactly once (PEP 691 simple JSON, PYPI.md §4) with the local
 * file's sha256 and size, that the index serves the same bytes, and that no project holds more than its files.
 * Returns every problem found, each naming the project or file; none means all is well.
 */
export async function verifyStored(
  releases: readonly { readonly project: string; readonly files: readonly LocalFile[] }[],
  options: VerifyOptions,
): Promise<string[]> {
  const problems: string[] = [];
  const queue = [...releases];
  const worker = async (): Promise<void> => {
    for (let release = queue.shift(); release; release = queue.shift()) {
      const found = await verifyProject(release.project, release.files, options).catch((error: unknown) => [
        `${release.project}: the verification could not read the index: ${messageOf(error)}`,
      ]);
      problems.push(...found);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  if (options.dataDir) {
    const expected = releases.reduce((n, r) => n + r.files.length, 0);
    const found = await verifyDataDir(options.dataDir, expected).catch((error: unknown) => [
      `storage: ${options.dataDir} cannot be read: ${messageOf(error)}`,
    ]);
    problems.push(...found);
  }
  return problems;
}

async function verifyProject(
  project: string,
  files: readonly LocalFile[],
  options: VerifyOptions,
): Promise<string[]> {
  const listed = await readLanded(options.simpleUrl, project);
  const problems: string[] = [];
  if (listed.length > files.length) {
    problems.push(`${project}: the index lists ${listed.length} files, ${files.length} were published`);
  }
  const local = new Set(files.map((f) => f.filename));
  for (const extra of listed.filter((f) => !local.has(f.filename))) {
    problems.push(`${project}: ${extra.filename} is on the index but was never published`);
  }
  for (const file of files) {
    const copies = listed.filter((f) => f.filename === file.filename);
    if (copies.length !== 1) {
      problems.push(`${project}: ${file.filename} is listed ${copies.length} times, not once`);
      continue;
    }
    problems.push(...(await verifyFile(`${project}: ${file.filename}`, file, copies[0] as LandedFile)));
  }
  return problems;
}

/** The listing's sha256 and size, and the bytes the index served, against the local file read again now. */
async function verifyFile(where: string, file: LocalFile, landed: LandedFile): Promise<string[]> {
  const bytes = await readFile(file.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const problems: string[] = [];
  if (landed.listedSha256 !== sha256) {
    problems.push(
      `${where}: the index lists sha256 ${landed.listedSha256 ?? '(none)'}, the file has ${sha256}`,
    );
  }
  if (landed.listedSize !== undefined && landed.listedSize !== bytes.length) {
    problems.push(`${where}: the index lists ${landed.listedSize} bytes, the file has ${bytes.length}`);
  }
  if (landed.servedSha256 !== sha256) {
    problems.push(
      `${where}: the download (${landed.servedSize} bytes, sha256 ${landed.servedSha256}) differs from the file`,
    );
  }
  return problems;
}

/** The data directory holds each distribution once (`files/`) and no upload left half-done (`tmp/`). */
async function verifyDataDir(dataDir: string, expected: number): Promise<string[]> {
  const entries = await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true });
  const stored = entries.filter((e) => e.isFile() && /\.(whl|tar\.gz)$/.test(e.name)).length;
  const leftovers = await readdir(join(dataDir, 'tmp'));
  const problems: string[] = [];
  if (stored !== expected) {
    problems.push(`storage: ${dataDir}/files holds ${stored} distributions, ${expected} were published`);
  }
  if (leftovers.length > 0) {
    problems.push(`storage: ${leftovers.length} temporary upload file(s) left in ${dataDir}/tmp`);
  }
  return problems;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
