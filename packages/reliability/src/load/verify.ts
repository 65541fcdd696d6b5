import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import type { LocalFile } from './releases';

const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';

const pageSchema = z.object({
  name: z.string(),
  files: z.array(
    z.object({
      filename: z.string(),
      url: z.string(),
      hashes: z.record(z.string(), z.string()),
      size: z.number().optional(),
    }),
  ),
});
type ListedFile = z.infer<typeof pageSchema>['files'][number];

export interface VerifyOptions {
  /** The index's simple root, `…/simple/`. */
  readonly simpleUrl: string;
  readonly dispatcher: Dispatcher;
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
  const pageUrl = new URL(`${project}/`, options.simpleUrl).href;
  const page = await get(options.dispatcher, pageUrl, SIMPLE_JSON);
  if (page.status !== 200) return [`${project}: GET ${pageUrl} answered ${page.status}`];
  if (!page.contentType.startsWith(SIMPLE_JSON)) {
    return [`${project}: GET ${pageUrl} answered ${page.contentType}, not ${SIMPLE_JSON}`];
  }
  const parsed = pageSchema.safeParse(JSON.parse(page.body.toString('utf8')));
  if (!parsed.success) return [`${project}: ${pageUrl} is not a PEP 691 project page`];
  const listed = parsed.data.files;
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
    problems.push(...(await verifyFile(project, file, copies[0] as ListedFile, pageUrl, options.dispatcher)));
  }
  return problems;
}

/** The listing's sha256 and size against the local file, then the downloaded bytes against the local ones. */
async function verifyFile(
  project: string,
  file: LocalFile,
  entry: ListedFile,
  pageUrl: string,
  dispatcher: Dispatcher,
): Promise<string[]> {
  const bytes = await readFile(file.path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const problems: string[] = [];
  const where = `${project}: ${file.filename}`;
  if (entry.hashes.sha256 !== sha256) {
    problems.push(
      `${where}: the index lists sha256 ${entry.hashes.sha256 ?? '(none)'}, the file has ${sha256}`,
    );
  }
  if (entry.size !== undefined && entry.size !== bytes.length) {
    problems.push(`${where}: the index lists ${entry.size} bytes, the file has ${bytes.length}`);
  }
  const url = new URL(entry.url, pageUrl).href;
  const download = await get(dispatcher, url, '*/*');
  if (download.status !== 200) problems.push(`${where}: GET ${url} answered ${download.status}`);
  else if (!download.body.equals(bytes)) {
    const got = createHash('sha256').update(download.body).digest('hex');
    problems.push(
      `${where}: the download (${download.body.length} bytes, sha256 ${got}) differs from the file`,
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

async function get(
  dispatcher: Dispatcher,
  url: string,
  accept: string,
): Promise<{ status: number; contentType: string; body: Buffer }> {
  const { origin, pathname, search } = new URL(url);
  const response = await dispatcher.request({
    origin,
    path: `${pathname}${search}`,
    method: 'GET',
    headers: { accept },
  });
  const body = Buffer.from(await response.body.arrayBuffer());
  const type = response.headers['content-type'];
  return { status: response.statusCode, contentType: String(type ?? ''), body };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
