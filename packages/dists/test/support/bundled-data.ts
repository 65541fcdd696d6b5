import { execFileSync } from 'node:child_process';

/**
 * Reads the data files the checker bundles out of the wheels PyPI's own code uses: the trove classifier list
 * (`trove_classifiers.sorted_classifiers` and `deprecated_classifiers`, what Warehouse's
 * `forklift/metadata.py` checks against) and the SPDX license list of `packaging.licenses` (what
 * `canonicalize_license_expression` checks against). The wheel is imported straight from its zip file.
 */
const PYTHON = '/usr/bin/python3';

const CLASSIFIERS = `
import json, sys
sys.path.insert(0, sys.argv[1])
import trove_classifiers as t
print(json.dumps({"classifiers": list(t.sorted_classifiers), "deprecated": t.deprecated_classifiers}))
`;

const SPDX = `
import json, sys
sys.path.insert(0, sys.argv[1])
from packaging.licenses import _spdx as s
print(json.dumps({
  "spdxVersion": s.VERSION,
  "licenses": sorted(v["id"] for v in s.LICENSES.values()),
  "exceptions": sorted(v["id"] for v in s.EXCEPTIONS.values()),
}))
`;

export interface ClassifierData {
  readonly classifiers: string[];
  readonly deprecated: Record<string, string[]>;
}

export interface SpdxData {
  readonly spdxVersion: string;
  readonly licenses: string[];
  readonly exceptions: string[];
}

export function readClassifierWheel(wheel: string): ClassifierData {
  return JSON.parse(execFileSync(PYTHON, ['-c', CLASSIFIERS, wheel], { encoding: 'utf8' })) as ClassifierData;
}

export function readPackagingWheel(wheel: string): SpdxData {
  return JSON.parse(execFileSync(PYTHON, ['-c', SPDX, wheel], { encoding: 'utf8' })) as SpdxData;
}

/** trove-classifiers uses calendar versions (2026.9.21.13): the release date. */
export function calendarDate(version: string): string {
  const [y, m, d] = version.split('.');
  return `${y}-${(m ?? '').padStart(2, '0')}-${(d ?? '').padStart(2, '0')}`;
}
