/** Wheel members that attack the machine unpacking them: names, links and sizes. */
import { buildZip } from '@pypi-release/testkit';
import type { BadInputCase } from './case';
import { fileCase, metadata, WHEEL, wheelParts, wheelZip } from './fixtures';

const MIB = 1024 * 1024;

/** A valid wheel plus one file at `path` (listed in RECORD, so only the name is at fault). */
function extraFileCase(id: string, attack: string, code: string, path: string): BadInputCase {
  return fileCase({
    id,
    attack,
    code,
    file: WHEEL,
    bytes: () => wheelZip({ files: { [path]: 'import os\n' } }),
  });
}

export const ZIP_MEMBER_CASES: readonly BadInputCase[] = [
  extraFileCase(
    'zip-name-control-character',
    'a member name with a control character',
    'zip-filename',
    'demo_pkg/\u0007bell.py',
  ),
  fileCase({
    id: 'zip-name-not-utf8',
    attack: 'a member name that is not UTF-8',
    code: 'zip-filename',
    // RECORD, being UTF-8 text, cannot list such a name.
    alongside: ['wheel-record-invalid'],
    file: WHEEL,
    bytes: () => {
      const name = Buffer.concat([Buffer.from('demo_pkg/'), Buffer.from([0xff, 0xfe]), Buffer.from('.py')]);
      return buildZip([...wheelParts(), { name, data: 'import os\n' }]);
    },
  }),
  extraFileCase(
    'zip-dotdot-path',
    'a `..` member path (zip slip)',
    'zip-path-traversal',
    '../../etc/profile.d/evil.sh',
  ),
  extraFileCase(
    'zip-absolute-path',
    'an absolute member path',
    'zip-path-traversal',
    '/usr/lib/python3/sitecustomize.py',
  ),
  extraFileCase(
    'zip-backslash-path',
    'a member path with backslashes',
    'zip-path-traversal',
    'demo_pkg\\..\\..\\evil.py',
  ),
  extraFileCase(
    'zip-drive-letter',
    'a member path with a drive letter',
    'zip-path-traversal',
    'C:/Windows/evil.py',
  ),
  fileCase({
    id: 'zip-symlink-member',
    attack: 'a symbolic link member pointing at /etc/passwd',
    code: 'zip-symlink',
    severity: 'warning',
    file: WHEEL,
    bytes: () => {
      const members = wheelParts({ files: { 'demo_pkg/passwd': '/etc/passwd' } });
      return buildZip(members.map((m) => (m.name === 'demo_pkg/passwd' ? { ...m, unixMode: 0o120777 } : m)));
    },
  }),
  fileCase({
    id: 'zip-bomb',
    attack: 'a 64 MiB member of zeros deflated about 1000:1 (a zip bomb over the ratio)',
    code: 'zip-compression-ratio',
    file: WHEEL,
    bytes: () => {
      const zeros = Buffer.alloc(64 * MIB + 4096).toString('latin1');
      return wheelZip({ files: { 'demo_pkg/padding.bin': zeros } });
    },
  }),
  fileCase({
    id: 'zip-bomb-declared-size',
    attack: 'a member declaring 1 GiB from 1 KiB of data',
    code: 'zip-compression-ratio',
    file: WHEEL,
    bytes: () => {
      const members = wheelParts({ files: { 'demo_pkg/blob.bin': 'x'.repeat(1024) } });
      const blown = members.map((m) =>
        m.name === 'demo_pkg/blob.bin' ? { ...m, method: 0, declaredSize: 1024 * MIB } : m,
      );
      return buildZip(blown);
    },
  }),
  fileCase({
    id: 'metadata-over-32-mib',
    attack: 'a 33 MiB METADATA file (memory exhaustion of readers)',
    code: 'archive-member-too-large',
    file: WHEEL,
    bytes: () => wheelZip({ metadata: metadata({ body: 'a'.repeat(33 * MIB) }) }),
  }),
];
