/**
 * The local index the corpus tries to publish to, with two independent witnesses of an upload: the client's
 * dispatcher counts every request it sends (and the POSTs to the upload URL), and the index's storage lists
 * every file it holds (database rows and files on disk).
 */
import { readdir } from 'node:fs/promises';
import { type RunningIndex, startIndex } from '@pypi-release/index';
import { tempDir } from '@pypi-release/testkit';
import { Agent, type Dispatcher } from 'undici';

export const CORPUS_TOKEN = 'pypi-bad-input-corpus-token-5d1e';

export interface RequestCounts {
  /** Every request the dispatcher sent. */
  readonly requests: number;
  /** POSTs to the upload URL. */
  readonly uploads: number;
}

export interface StoredFiles {
  /** File rows in the index database. */
  readonly rows: number;
  /** Files under the data directory's `files/`. */
  readonly onDisk: number;
}

export interface CorpusIndex {
  readonly uploadUrl: string;
  readonly token: string;
  /** The dispatcher to publish through: it counts what goes through it. */
  readonly dispatcher: Dispatcher;
  counts(): RequestCounts;
  stored(): Promise<StoredFiles>;
  close(): Promise<void>;
}

export async function startCorpusIndex(): Promise<CorpusIndex> {
  const data = await tempDir('bad-input-index-');
  let index: RunningIndex;
  try {
    index = await startIndex({ dataDir: data.path, apiToken: CORPUS_TOKEN, host: '127.0.0.1' });
  } catch (error) {
    await data.cleanup();
    throw error;
  }
  const uploadPath = new URL(index.uploadUrl).pathname;
  const agent = new Agent();
  let requests = 0;
  let uploads = 0;
  const dispatcher = agent.compose((dispatch) => (options, handler) => {
    requests++;
    if (options.method === 'POST' && options.path.split('?')[0] === uploadPath) uploads++;
    return dispatch(options, handler);
  });
  return {
    uploadUrl: index.uploadUrl,
    token: CORPUS_TOKEN,
    dispatcher,
    counts: () => ({ requests, uploads }),
    stored: async () => {
      const store = index.storage.index;
      const rows = store.projects().reduce((sum, p) => sum + store.filesOfProject(p.id).length, 0);
      const entries = await readdir(index.storage.filesDir, { recursive: true, withFileTypes: true });
      return { rows, onDisk: entries.filter((e) => e.isFile()).length };
    },
    close: async () => {
      await agent.close();
      await index.close();
      await data.cleanup();
    },
  };
}
