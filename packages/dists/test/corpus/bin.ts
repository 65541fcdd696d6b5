/**
 * `pnpm test:corpus [--full]`: checks the wheels pip can see (PyPI releases in the local wheelhouse) and fails on
 * any false refusal, any expected refusal no longer reported, and any rST verdict that differs from
 * readme_renderer's. The default run is a deterministic sample (`select.ts`); `--full` (and `pnpm bench`) checks
 * every wheel.
 */

import { readmeRendererVersions } from '@pypi-release/testkit';
import { corpusFailed, formatCorpus } from './format-corpus';
import { loadExpectations, runCorpus } from './run-corpus';
import { QUICK_MAX_BYTES, QUICK_STRIDE, quickSample } from './select';
import { visibleWheels } from './wheelhouse';

const args = process.argv.slice(2).filter((a) => a !== '--');
const unknown = args.filter((a) => a !== '--full');
if (unknown.length > 0) {
  process.stderr.write(`usage: pnpm test:corpus [--full]\nunknown argument: ${unknown.join(' ')}\n`);
  process.exit(2);
}
const full = args.includes('--full');
const expectations = loadExpectations();
const all = visibleWheels();
if (all.length === 0) {
  process.stderr.write(
    'test:corpus: pip sees no local wheels (`pip config list` names no file:// index or find-links)\n',
  );
  process.exit(1);
}
const wheels = full ? all : quickSample(all, expectations);
const scope = full
  ? `every wheel pip sees`
  : `quick sample: ${wheels.length} of the ${all.length} wheels pip sees, every ${QUICK_STRIDE}th up to ${QUICK_MAX_BYTES / 1024 / 1024} MiB and the expectations table's; --full for all`;
const result = await runCorpus(wheels, expectations);
process.stdout.write(`${formatCorpus(result, scope, readmeRendererVersions()).join('\n')}\n`);
if (corpusFailed(result)) process.exitCode = 1;
