import { BUNDLED_CLASSIFIERS } from '@pypi-release/dists';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { indexEndpoints } from '../src/endpoints';
import { indexClassifiers } from '../src/index-classifiers';
import type { Logger } from '../src/logger';

let agent: MockAgent;
let infos: string[];
const logger: Logger = { info: (m) => void infos.push(m), warning: () => {}, debug: () => {} };
const LIST = [...BUNDLED_CLASSIFIERS.known, 'Topic :: Added After The Bundled List'].join('\n');

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  infos = [];
});
afterEach(async () => {
  await agent.close();
});

describe("the index's own classifier list (publish pre-flight)", () => {
  it('reads PyPI’s list from pypi.org/pypi?:action=list_classifiers and makes it authoritative', async () => {
    agent
      .get('https://pypi.org')
      .intercept({ path: '/pypi?%3Aaction=list_classifiers', method: 'GET' })
      .reply(200, LIST, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const list = await indexClassifiers(indexEndpoints('https://upload.pypi.org/legacy/'), agent, logger);
    expect(list?.authoritative).toBe(true);
    expect(list?.source).toBe("pypi.org's classifier list");
    expect(list?.known.has('Topic :: Added After The Bundled List')).toBe(true);
  });

  it('reads TestPyPI’s list from test.pypi.org', async () => {
    agent
      .get('https://test.pypi.org')
      .intercept({ path: '/pypi?%3Aaction=list_classifiers', method: 'GET' })
      .reply(200, LIST);
    const list = await indexClassifiers(indexEndpoints('https://test.pypi.org/legacy/'), agent, logger);
    expect(list?.source).toBe("test.pypi.org's classifier list");
  });

  it('falls back to the bundled list, saying so, when the answer is not a list', async () => {
    agent
      .get('https://pypi.org')
      .intercept({ path: '/pypi?%3Aaction=list_classifiers', method: 'GET' })
      .reply(503, '<html>Service Unavailable</html>');
    const list = await indexClassifiers(indexEndpoints('https://upload.pypi.org/legacy/'), agent, logger);
    expect(list).toBeUndefined();
    expect(infos.join('\n')).toContain(BUNDLED_CLASSIFIERS.source);
  });

  it('falls back when the index cannot be reached', async () => {
    const list = await indexClassifiers(indexEndpoints('https://upload.pypi.org/legacy/'), agent, logger);
    expect(list).toBeUndefined();
    expect(infos.join('\n')).toMatch(/could not be read/);
  });

  it('asks no other index (a private or local one has no such list)', async () => {
    const list = await indexClassifiers(indexEndpoints('http://127.0.0.1:8080/legacy/'), agent, logger);
    expect(list).toBeUndefined();
    expect(infos).toEqual([]);
  });
});
