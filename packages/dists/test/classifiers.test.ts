import { describe, expect, it } from 'vitest';
import classifierData from '../src/data/classifiers.json';
import spdxData from '../src/data/spdx.json';
import { compareVersions } from '../src/names';
import { readClassifierWheel, readPackagingWheel } from './support/bundled-data';
import { downloadNewest } from './support/pip-newest';

/**
 * The bundled lists must be the newest releases pip can reach (`pnpm update:classifiers` regenerates them): a
 * stale classifier list is what refused GraalPy, JSON and OpenTelemetry classifiers PyPI accepts.
 */
describe('bundled data files', () => {
  it('holds the newest trove-classifiers release pip can reach, with exactly its classifiers', () => {
    const newest = downloadNewest('trove-classifiers');
    try {
      expect(
        compareVersions(newest.version, classifierData.version),
        `trove-classifiers ${newest.version} is reachable but the bundled list is ${classifierData.version}: run \`pnpm update:classifiers\``,
      ).toBeLessThanOrEqual(0);
      if (newest.version === classifierData.version) {
        const read = readClassifierWheel(newest.path);
        expect(read.classifiers).toEqual(classifierData.classifiers);
        expect(read.deprecated).toEqual(classifierData.deprecated);
      }
    } finally {
      newest.dispose();
    }
  });

  it("holds the SPDX list of the newest packaging release pip can reach (PyPI's license check)", () => {
    const newest = downloadNewest('packaging');
    try {
      expect(
        compareVersions(newest.version, spdxData.version),
        `packaging ${newest.version} is reachable but spdx.json comes from ${spdxData.version}: run \`pnpm update:classifiers\``,
      ).toBeLessThanOrEqual(0);
      if (newest.version === spdxData.version) {
        const read = readPackagingWheel(newest.path);
        expect(read.licenses).toEqual(spdxData.licenses);
        expect(read.exceptions).toEqual(spdxData.exceptions);
      }
    } finally {
      newest.dispose();
    }
  });
});
