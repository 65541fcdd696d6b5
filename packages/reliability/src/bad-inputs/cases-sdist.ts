/** The gzip and tar containers of an sdist: truncation, corruption and absurd headers. */
import { gzipSync } from 'node:zlib';
import { buildTar, type TarMember } from '@pypi-release/testkit';
import type { BadInputCase } from './case';
import { fileCase, SDIST, sdistParts, sdistTarGz, TOP, wheelZip } from './fixtures';

function sdistCase(id: string, attack: string, code: string, bytes: () => Buffer): BadInputCase {
  return fileCase({ id, attack, code, file: SDIST, bytes });
}

/** A valid sdist with `member` appended after its regular files. */
function withMember(member: TarMember): Buffer {
  return sdistTarGz([...sdistParts(), member]);
}

/** The valid sdist's gzip stream with `change` applied to a copy. */
function changedGzip(change: (gz: Buffer) => Buffer): Buffer {
  return change(Buffer.from(sdistTarGz()));
}

export const SDIST_CASES: readonly BadInputCase[] = [
  sdistCase('sdist-zero-bytes', 'a 0-byte sdist', 'empty-file', () => Buffer.alloc(0)),
  sdistCase('sdist-plain-tar', 'an uncompressed tar named .tar.gz', 'sdist-not-gzip', () =>
    buildTar(sdistParts()),
  ),
  sdistCase('sdist-zip-renamed', 'a ZIP archive named .tar.gz', 'sdist-not-gzip', () => wheelZip()),
  sdistCase('sdist-gzip-truncated', 'a gzip stream that stops before its trailer', 'sdist-gzip-corrupt', () =>
    changedGzip((gz) => gz.subarray(0, gz.length - 6)),
  ),
  sdistCase('sdist-gzip-bad-crc', 'a gzip trailer whose CRC-32 does not match', 'sdist-gzip-corrupt', () =>
    changedGzip((gz) => {
      gz[gz.length - 8] = (gz[gz.length - 8]! + 1) & 0xff;
      return gz;
    }),
  ),
  sdistCase('sdist-gzip-trailing-garbage', 'bytes appended after the gzip stream', 'sdist-gzip-corrupt', () =>
    changedGzip((gz) => Buffer.concat([gz, Buffer.from('appended payload')])),
  ),
  sdistCase('sdist-tar-bad-checksum', 'a tar header with a wrong checksum', 'sdist-tar-invalid', () =>
    withMember({ name: `${TOP}/setup.py`, data: 'import os\n', badChecksum: true }),
  ),
  sdistCase(
    'sdist-pax-header-8-gib',
    'a pax header claiming 8 GiB (absurd header size)',
    'sdist-tar-invalid',
    () => withMember({ name: 'PaxHeader', type: 'x', size: 0o77777777777 }),
  ),
  sdistCase('sdist-long-name-1-gib', 'a GNU long-name header claiming 1 GiB', 'sdist-tar-invalid', () =>
    withMember({ name: '././@LongLink', type: 'L', size: 1024 ** 3 }),
  ),
  sdistCase(
    'sdist-tar-truncated',
    'a tar stream cut inside a member, inside a valid gzip',
    'sdist-tar-invalid',
    () => {
      const tar = buildTar([...sdistParts(), { name: `${TOP}/big.py`, data: '#'.repeat(4000) }], {
        end: false,
      });
      return gzipSync(tar.subarray(0, tar.length - 2048));
    },
  ),
];
