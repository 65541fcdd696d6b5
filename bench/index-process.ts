/**
 * The local index in a process of its own (`startIndexProcess` of @pypi-release/index, the same server as
 * `pypi-release serve`), so that the server never shares an event loop with a contender or the timer, and each
 * contender gets a fresh data folder.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type LatencyProfileInput, startIndexProcess as startIndexChild } from '@pypi-release/index';

export const BENCH_TOKEN = 'pypi-bench-token-0123456789';

export interface IndexProcess {
  readonly uploadUrl: string;
  readonly simpleUrl: string;
  close(): Promise<void>;
}

/**
 * Starts the index on a free port with a fresh data folder; `maxFileSize` in bytes. It runs from the sources
 * through tsx (the index is the same for every contender and is not what is measured): the bundled CLI cannot
 * load the index's native SQLite from a temporary folder.
 */
export async function startIndexProcess(
  maxFileSize: number,
  latency?: LatencyProfileInput,
): Promise<IndexProcess> {
  const home = await mkdtemp(join(tmpdir(), 'bench-index-'));
  try {
    const index = await startIndexChild({
      dataDir: join(home, 'data'),
      apiToken: BENCH_TOKEN,
      config: {
        limits: { maxFileSize, maxProjectSize: 4 * maxFileSize + 2 ** 30 },
        ...(latency ? { latency } : {}),
      },
    });
    return {
      uploadUrl: index.uploadUrl,
      simpleUrl: index.simpleUrl,
      async close() {
        await index.close();
        await rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
}

/** What the simple JSON API lists for the project: each filename with its sha256, duplicates kept. */
async function listed(simpleUrl: string, project: string): Promise<{ filename: string; sha256: string }[]> {
  const response = await fetch(`${simpleUrl}${project}/`, {
    headers: { accept: 'application/vnd.pypi.simple.v1+json' },
  });
  if (!response.ok) throw new Error(`GET ${simpleUrl}${project}/ answered ${response.status}`);
  const body = (await response.json()) as { files: { filename: string; hashes: { sha256?: string } }[] };
  return body.files.map((f) => ({ filename: f.filename, sha256: f.hashes.sha256 ?? '' }));
}

/** Throws unless every expected file is listed exactly once with its sha256, and nothing else is. */
export async function assertLanded(
  index: IndexProcess,
  project: string,
  expected: ReadonlyMap<string, string>,
  contender: string,
): Promise<void> {
  const files = await listed(index.simpleUrl, project);
  const problems: string[] = [];
  for (const [filename, sha256] of expected) {
    const copies = files.filter((f) => f.filename === filename);
    if (copies.length !== 1) problems.push(`${filename} listed ${copies.length} times`);
    else if (copies[0]?.sha256 !== sha256) problems.push(`${filename} has sha256 ${copies[0]?.sha256}`);
  }
  for (const f of files) if (!expected.has(f.filename)) problems.push(`unexpected ${f.filename}`);
  if (problems.length > 0) throw new Error(`${contender}: ${problems.slice(0, 5).join('; ')}`);
}
