import { BuildError } from './errors';
import { meaningfulLines } from './failure-lines';
import { type FrontendLock, lockedBuild } from './frontend-lock';
import type { OutputLine } from './process-runner';
import { redactUrl } from './redact-url';

/** Whether an index answers at all: undefined when it does (any HTTP status), else why not (`ECONNREFUSED`). */
export type IndexReachability = (url: string) => Promise<string | undefined>;

/** The real check: one GET of the index page, 10 s at most. Credentials are left out of the request. */
export const fetchReachability: IndexReachability = async (url) => {
  try {
    const target = new URL(url);
    target.username = '';
    target.password = '';
    const response = await fetch(target, { signal: AbortSignal.timeout(10_000), redirect: 'manual' });
    await response.body?.cancel();
    return undefined;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  }
};

interface Diagnosis {
  readonly lock: FrontendLock;
  readonly indexUrl: string | undefined;
  readonly reachable: IndexReachability;
}

const PYPI_SIMPLE = 'https://pypi.org/simple/';

/**
 * Why `pip install --require-hashes` of the frontend failed, as one line with the fix: a file whose sha256 is
 * not the lock's, an index that cannot be reached, an index without the pinned wheels, or pip's own last words.
 */
export async function diagnosePipFailure(output: readonly OutputLine[], d: Diagnosis): Promise<BuildError> {
  const texts = output.map((l) => l.text);
  const { lock } = d;
  const pinned = lockedBuild(lock);
  const indexUrl = d.indexUrl ?? lookedIn(texts) ?? PYPI_SIMPLE;
  const shown = redactUrl(indexUrl);
  if (texts.some((t) => /DO NOT MATCH THE HASHES/.test(t))) {
    const mismatch = hashMismatch(texts);
    const what = mismatch
      ? `${mismatch.requirement} from ${redactUrl(mismatch.from)} has sha256 ${mismatch.got}, the lock says ${mismatch.expected}`
      : 'a downloaded wheel does not have the sha256 the lock pins';
    return new BuildError(
      'hash-mismatch',
      `hash mismatch installing the frontend: ${what} (${lock.source} holds PyPI's hashes): the index ${shown} ` +
        'serves a different file under that name; nothing was installed. Point index-url at PyPI or a faithful mirror',
    );
  }
  if (
    texts.some((t) =>
      /No matching distribution found|Could not find a version|NewConnectionError|Max retries exceeded/.test(
        t,
      ),
    )
  ) {
    const unreachable = await d.reachable(indexUrl);
    if (unreachable !== undefined)
      return new BuildError(
        'index-unreachable',
        `the index ${shown} could not be reached (${unreachable}) to install build ${pinned.version}: ` +
          "check index-url (a PEP 503 simple index such as https://pypi.org/simple/), or leave it empty to use pip's configured index",
      );
    const names = lock.packages.map((p) => `${p.wheel}`).join(', ');
    return new BuildError(
      'frontend-install-failed',
      `the index ${shown} has no ${missing(texts) ?? `build==${pinned.version}`} to install: it must serve the wheels ` +
        `pinned in ${lock.source} (${names}); mirror them there, or leave index-url empty to use PyPI`,
    );
  }
  const lines = meaningfulLines(output, 3);
  return new BuildError(
    'frontend-install-failed',
    `pip could not install the pinned build ${pinned.version} from ${shown}: ${lines.join(' | ') || 'no output'}`,
  );
}

function lookedIn(texts: readonly string[]): string | undefined {
  const line = texts.find((t) => t.startsWith('Looking in indexes:'));
  return line?.slice('Looking in indexes:'.length).split(',')[0]?.trim() || undefined;
}

function missing(texts: readonly string[]): string | undefined {
  for (const t of texts) {
    const m = /No matching distribution found for (\S+)/.exec(t);
    if (m?.[1]) return m[1];
  }
  return undefined;
}

/**
 * pip's block: `    build==1.6.1 from http://…/build-1.6.1-py3-none-any.whl (from -r req.txt (line 2)):`, then
 * `Expected sha256 …` and `Got …` (pip 23 to 25 print it so).
 */
function hashMismatch(
  texts: readonly string[],
): { requirement: string; from: string; expected: string; got: string } | undefined {
  for (let i = 0; i < texts.length; i++) {
    const head = /^\s*(\S+) from (\S+?)(?: \(from .*\))?:?\s*$/.exec(texts[i] ?? '');
    const expected = /Expected sha256 ([0-9a-f]{64})/.exec(texts[i + 1] ?? '');
    const got = /Got\s+([0-9a-f]{64})/.exec(texts[i + 2] ?? '');
    if (head?.[1] && head[2] && expected?.[1] && got?.[1])
      return { requirement: head[1], from: head[2].replace(/#.*$/, ''), expected: expected[1], got: got[1] };
  }
  return undefined;
}
