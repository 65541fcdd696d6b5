import { mapBounded } from '@pypi-release/async-pool';
import type { FileReport } from '@pypi-release/dists';
import { PublishError } from './errors';
import type { PublishedFile } from './publish';

/** The sdist first (it creates the release and fixes its metadata), then the wheels in name order. */
export function orderForUpload(files: readonly FileReport[]): FileReport[] {
  const rank = (f: FileReport): number => (f.kind === 'sdist' ? 0 : 1);
  const unique = [...new Map(files.map((f) => [f.filename, f])).values()];
  return unique.sort((a, b) => rank(a) - rank(b) || a.filename.localeCompare(b.filename));
}

export type Outcome = { done: PublishedFile } | { error: unknown; file: FileReport };

/** Sdists one at a time first, then the rest with bounded concurrency; a failure stops new uploads. */
export async function uploadAll(
  files: readonly FileReport[],
  concurrency: number,
  upload: (file: FileReport) => Promise<PublishedFile>,
): Promise<Outcome[]> {
  let failed = false;
  const run = async (file: FileReport): Promise<Outcome | undefined> => {
    if (failed) return undefined;
    try {
      return { done: await upload(file) };
    } catch (error) {
      failed = true;
      return { error, file };
    }
  };
  const first = await mapBounded(
    files.filter((f) => f.kind === 'sdist'),
    1,
    run,
  );
  const rest = await mapBounded(
    files.filter((f) => f.kind !== 'sdist'),
    concurrency,
    run,
  );
  return [...first, ...rest].filter((o): o is Outcome => o !== undefined);
}

/** One error for every failed file, saying what landed and that a re-run is safe. */
export function combinedFailure(
  failures: ReadonlyArray<{ error: unknown; file: FileReport }>,
  done: readonly PublishedFile[],
  total: number,
): PublishError {
  const first = failures[0]?.error;
  const code = first instanceof PublishError ? first.code : 'internal';
  const lines = failures.map(({ error }) => (error instanceof Error ? error.message : String(error)));
  const landed = done.map((f) => `${f.filename} (${f.status})`);
  const notTried = total - done.length - failures.length;
  const status =
    `${done.length} of ${total} file(s) done${landed.length ? `: ${landed.join(', ')}` : ''}` +
    (notTried > 0 ? `; ${notTried} not attempted` : '') +
    '. Re-running the job is safe: files already on the index are recognised by their sha256.';
  return new PublishError(code, `${lines.join('\n')}\n${status}`, { cause: first });
}
