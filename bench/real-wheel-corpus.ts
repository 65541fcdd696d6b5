/** The real-wheel corpus at the benchmark's scale: every wheel pip can see (packages/dists/test/corpus). */

import { readmeRendererVersions } from '@pypi-release/testkit';
import { corpusFailed, formatCorpus } from '../packages/dists/test/corpus/format-corpus';
import { loadExpectations, runCorpus } from '../packages/dists/test/corpus/run-corpus';
import { quickSample } from '../packages/dists/test/corpus/select';
import { visibleWheels } from '../packages/dists/test/corpus/wheelhouse';

export async function realWheelCorpus(options: {
  full: boolean;
}): Promise<{ lines: string[]; failed: boolean }> {
  const expectations = loadExpectations();
  const all = visibleWheels();
  const wheels = options.full ? all : quickSample(all, expectations);
  const scope = options.full ? 'every wheel pip sees' : `quick sample of ${all.length}`;
  const result = await runCorpus(wheels, expectations);
  return { lines: formatCorpus(result, scope, readmeRendererVersions()), failed: corpusFailed(result) };
}
