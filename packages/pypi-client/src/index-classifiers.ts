import { BUNDLED_CLASSIFIERS, type ClassifierList, classifierListFromText } from '@pypi-release/dists';
import type { Dispatcher } from 'undici';
import type { IndexEndpoints } from './endpoints';
import { httpRequest } from './http';
import type { Logger } from './logger';

/** The indexes that serve their classifier list (Warehouse `legacy/api/pypi.py` `list_classifiers`). */
const WAREHOUSE_UPLOAD_HOSTS = new Set(['upload.pypi.org', 'test.pypi.org']);
const TIMEOUT_MS = 5_000;

/**
 * PyPI's and TestPyPI's own classifier list (`GET /pypi?:action=list_classifiers`: text/plain, one classifier a
 * line, `trove_classifiers.sorted_classifiers`), so that the pre-flight decides with the list the index itself
 * checks against. One attempt, five seconds: when the index does not answer with a list, the bundled list
 * decides (a classifier only it rejects is then a warning naming its date). Other indexes: undefined.
 */
export async function indexClassifiers(
  endpoints: IndexEndpoints,
  dispatcher: Dispatcher,
  logger: Logger,
): Promise<ClassifierList | undefined> {
  if (!WAREHOUSE_UPLOAD_HOSTS.has(new URL(endpoints.uploadUrl).hostname)) return undefined;
  const url = new URL('/pypi?%3Aaction=list_classifiers', endpoints.simpleUrl).href;
  const source = `${new URL(url).host}'s classifier list`;
  try {
    const response = await httpRequest(dispatcher, {
      url,
      method: 'GET',
      headers: { accept: 'text/plain' },
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headersTimeoutMs: TIMEOUT_MS,
      bodyTimeoutMs: TIMEOUT_MS,
    });
    const list = response.status === 200 ? classifierListFromText(response.body, source) : undefined;
    if (list) {
      logger.debug(`Classifiers checked against ${source} (${list.known.size} classifiers).`);
      return list;
    }
    logger.info(
      `${url} answered ${response.status} without a classifier list; classifiers are checked against ${BUNDLED_CLASSIFIERS.source}.`,
    );
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    logger.info(
      `${url} could not be read (${reason}); classifiers are checked against ${BUNDLED_CLASSIFIERS.source}.`,
    );
  }
  return undefined;
}
