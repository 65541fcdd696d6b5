/** What a wheel must hold: one `.dist-info` with METADATA, WHEEL and RECORD, valid entry points, its licence files. */
import { buildZip, type WheelSpec } from '@pypi-release/testkit';
import type { BadInputCase } from './case';
import { DIST_INFO, fileCase, metadata, WHEEL, wheelParts, wheelZip } from './fixtures';

function wheelCase(id: string, attack: string, code: string, spec: WheelSpec): BadInputCase {
  return fileCase({ id, attack, code, file: WHEEL, bytes: () => wheelZip(spec) });
}

export const WHEEL_CASES: readonly BadInputCase[] = [
  fileCase({
    id: 'wheel-without-dist-info',
    attack: 'a wheel holding only the package, no .dist-info',
    code: 'wheel-dist-info-missing',
    file: WHEEL,
    bytes: () => buildZip(wheelParts().filter((m) => !String(m.name).startsWith(`${DIST_INFO}/`))),
  }),
  wheelCase('wheel-dist-info-misnamed', 'a .dist-info named after another project', 'wheel-dist-info-name', {
    distInfo: 'other_pkg-1.0.dist-info',
  }),
  wheelCase('wheel-two-dist-infos', 'a second .dist-info directory', 'wheel-dist-info-name', {
    files: { 'extra_pkg-2.0.dist-info/METADATA': metadata({ name: 'extra_pkg', version: '2.0' }) },
  }),
  wheelCase('wheel-without-metadata', 'a wheel without METADATA', 'wheel-metadata-missing', {
    omit: [`${DIST_INFO}/METADATA`],
  }),
  wheelCase('wheel-without-wheel-file', 'a wheel without its WHEEL file', 'wheel-wheel-file-missing', {
    omit: [`${DIST_INFO}/WHEEL`],
  }),
  wheelCase('wheel-version-2', 'a WHEEL file declaring Wheel-Version 2.0', 'wheel-wheel-file-invalid', {
    wheel: 'Wheel-Version: 2.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
  }),
  wheelCase('wheel-without-record', 'a wheel without RECORD', 'wheel-record-missing', { record: null }),
  fileCase({
    id: 'wheel-record-md5',
    attack: 'RECORD hashes in md5 (too weak to trust)',
    code: 'wheel-record-invalid',
    file: WHEEL,
    bytes: () =>
      buildZip(
        wheelParts().map((m) =>
          m.name === `${DIST_INFO}/RECORD` ? { ...m, data: String(m.data).replaceAll('sha256=', 'md5=') } : m,
        ),
      ),
  }),
  wheelCase(
    'wheel-entry-point-code',
    'an entry point that is code, not `module:attr`',
    'wheel-entry-points-invalid',
    {
      entryPoints: '[console_scripts]\ndemo = __import__("os").system("id")\n',
    },
  ),
  wheelCase('wheel-license-file-absent', 'a declared License-File the wheel lacks', 'license-file-missing', {
    metadata: metadata({ headers: ['License-File: LICENSE'] }),
  }),
];
