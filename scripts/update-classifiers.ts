/**
 * `pnpm update:classifiers`: regenerates the checker's bundled lists from the newest releases pip can reach:
 * `packages/dists/src/data/classifiers.json` from trove-classifiers (the list Warehouse validates against) and
 * `packages/dists/src/data/spdx.json` from packaging's `packaging.licenses` (the SPDX list PyPI's metadata
 * validation uses). The classifier freshness test (packages/dists/test/classifiers.test.ts) fails until this runs
 * after a new trove-classifiers release.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  calendarDate,
  readClassifierWheel,
  readPackagingWheel,
} from '../packages/dists/test/support/bundled-data';
import { downloadNewest } from '../packages/dists/test/support/pip-newest';

const dataDir = join(import.meta.dirname, '../packages/dists/src/data');

const trove = downloadNewest('trove-classifiers');
try {
  const data = readClassifierWheel(trove.path);
  const file = {
    source: 'trove-classifiers',
    version: trove.version,
    date: calendarDate(trove.version),
    classifiers: data.classifiers,
    deprecated: data.deprecated,
  };
  writeFileSync(join(dataDir, 'classifiers.json'), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(
    `classifiers.json: trove-classifiers ${trove.version}, ${data.classifiers.length} classifiers\n`,
  );
} finally {
  trove.dispose();
}

const packaging = downloadNewest('packaging');
try {
  const data = readPackagingWheel(packaging.path);
  const file = { source: 'packaging', version: packaging.version, ...data };
  writeFileSync(join(dataDir, 'spdx.json'), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(
    `spdx.json: packaging ${packaging.version} (SPDX ${data.spdxVersion}), ${data.licenses.length} licenses, ${data.exceptions.length} exceptions\n`,
  );
} finally {
  packaging.dispose();
}
