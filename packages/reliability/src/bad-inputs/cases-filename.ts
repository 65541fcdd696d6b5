/** Filename rules: the name alone must get the file refused, whatever its contents. */
import type { BadInputCase } from './case';
import { fileCase, metadata, sdistParts, sdistTarGz, TOP, wheelZip } from './fixtures';

/** A valid wheel stored under another filename. */
function renamedWheel(id: string, attack: string, code: string, file: string): BadInputCase {
  return fileCase({ id, attack, code, file, bytes: () => wheelZip() });
}

export const FILENAME_CASES: readonly BadInputCase[] = [
  renamedWheel(
    'filename-terminal-escape',
    'an ANSI escape sequence in the filename (log and terminal injection)',
    'filename-characters',
    'demo_pkg-1.0-py3-none-any\u001b[2J.whl',
  ),
  renamedWheel(
    'filename-backslash',
    'a backslash in the filename (a path separator on Windows)',
    'filename-characters',
    'demo_pkg-1.0-py3-none-any\\.whl',
  ),
  fileCase({
    id: 'filename-zip-sdist',
    attack: 'a .zip source distribution',
    code: 'filename-extension',
    file: 'demo_pkg-1.0.zip',
    bytes: () => wheelZip(),
  }),
  fileCase({
    id: 'filename-egg',
    attack: 'an egg',
    code: 'filename-extension',
    file: 'demo_pkg-1.0-py3.12.egg',
    bytes: () => wheelZip(),
  }),
  fileCase({
    id: 'filename-tar-bz2',
    attack: 'a .tar.bz2 source distribution',
    code: 'filename-extension',
    file: 'demo_pkg-1.0.tar.bz2',
    bytes: () => sdistTarGz(),
  }),
  renamedWheel(
    'wheel-four-parts',
    'a wheel filename without its platform tag',
    'wheel-filename',
    'demo_pkg-1.0-py3-none.whl',
  ),
  renamedWheel(
    'wheel-name-not-normalized',
    'the project name in the wheel filename is not normalized',
    'wheel-filename-name',
    'Demo.Pkg-1.0-py3-none-any.whl',
  ),
  fileCase({
    id: 'wheel-version-not-pep440',
    attack: 'a wheel filename whose version is not PEP 440',
    code: 'wheel-filename-version',
    // The metadata says the same version, so only the version's syntax is wrong.
    alongside: ['metadata-version'],
    file: 'demo_pkg-1.0.x-py3-none-any.whl',
    bytes: () =>
      wheelZip({
        version: '1.0.x',
        metadata: metadata({ version: '1.0.x' }),
        distInfo: 'demo_pkg-1.0.x.dist-info',
      }),
  }),
  renamedWheel(
    'wheel-build-tag-letter',
    'a build tag that does not start with a digit',
    'wheel-build-tag',
    'demo_pkg-1.0-build1-py3-none-any.whl',
  ),
  renamedWheel(
    'wheel-linux-x86-64',
    'the plain linux_x86_64 platform tag (not repaired with auditwheel)',
    'wheel-platform-tag',
    'demo_pkg-1.0-py3-none-linux_x86_64.whl',
  ),
  renamedWheel(
    'wheel-pyodide',
    'a Pyodide platform tag',
    'wheel-platform-tag',
    'demo_pkg-1.0-py3-none-pyodide_2024_0_wasm32.whl',
  ),
  renamedWheel(
    'wheel-macos-minor',
    'a macOS 11+ platform tag with a minor version',
    'wheel-platform-tag',
    'demo_pkg-1.0-py3-none-macosx_11_5_arm64.whl',
  ),
  fileCase({
    id: 'sdist-name-not-normalized',
    attack: 'the sdist filename keeps the unnormalized project name',
    code: 'sdist-filename',
    file: 'Demo-Pkg-1.0.tar.gz',
    bytes: () => sdistTarGz(sdistParts('Demo-Pkg-1.0')),
  }),
  fileCase({
    id: 'sdist-version-not-normalized',
    attack: 'the sdist filename keeps an unnormalized version',
    code: 'sdist-filename',
    file: 'demo_pkg-01.0.tar.gz',
    bytes: () => sdistTarGz(sdistParts(TOP)),
  }),
];
