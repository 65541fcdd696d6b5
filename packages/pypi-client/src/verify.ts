import { PublishError } from './errors';
import type { PublishedFile } from './publish';
import { type Attempt, withRetry } from './retry';
import { listRemoteFiles, type SimpleApiOptions } from './simple-api';

/**
 * Reads the project back through the simple JSON API until every file is listed with its sha256 (an index
 * behind a CDN may lag a little); returns the files with their index URLs.
 */
export async function verifyLanded(
  files: readonly PublishedFile[],
  simpleUrl: string,
  project: string,
  options: SimpleApiOptions,
): Promise<PublishedFile[]> {
  let problems: string[] = [];
  try {
    return await withRetry(
      `verification of ${project} through ${simpleUrl}`,
      async (): Promise<Attempt<PublishedFile[]>> => {
        const remote = await listRemoteFiles(simpleUrl, project, options);
        problems = [];
        for (const file of files) {
          const found = remote.get(file.filename);
          if (!found) problems.push(`${file.filename} is not listed`);
          else if (found.sha256 !== file.sha256) {
            problems.push(
              `${file.filename} is listed with sha256 ${found.sha256 ?? '(none)'}, uploaded ${file.sha256}`,
            );
          }
        }
        if (problems.length > 0) return { retry: problems.join('; ') };
        return { done: files.map((f) => ({ ...f, url: remote.get(f.filename)?.url })) };
      },
      options,
    );
  } catch (error) {
    if (!(error instanceof PublishError) || error.code !== 'index-unavailable' || problems.length === 0)
      throw error;
    throw new PublishError(
      'verification-failed',
      `after the upload, the simple index does not show what was sent: ${problems.join('; ')}. ` +
        'Check the project page; re-running the job uploads what is missing.',
      { cause: error },
    );
  }
}
