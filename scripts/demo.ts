/**
 * `pnpm demo`: the full offline release of a sample project. The release pipeline (the reusable workflow run
 * locally against the embedded index) arrives with the workflow issue; until then the demo runs what exists:
 * building a sample project and checking it with PyPI's acceptance rules.
 */

import { formatReport } from '@pypi-release/cli';
import { checkDistributions } from '@pypi-release/dists';
import { buildFixture } from '@pypi-release/testkit';

const fixture = await buildFixture({
  name: 'pypi-release-demo',
  version: '1.0.0',
  readme: { file: 'README.md', text: '# pypi-release demo\n\nA sample project released by `pnpm demo`.\n' },
});
try {
  process.stdout.write(`Built the sample project into ${fixture.dist}\n\n`);
  const report = await checkDistributions([fixture.dist]);
  process.stdout.write(formatReport(report));
  process.stdout.write(
    '\nNot yet: the local release (build job → artifact → publish job → local index → pip install) lands with the\n' +
      'reusable-workflow issue. This demo only covers the pre-flight check today.\n',
  );
  process.exitCode = report.ok ? 0 : 1;
} finally {
  await fixture.cleanup();
}
