import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildTarGz, buildZip, sdistMembers, wheelMembers } from '@pypi-release/testkit';

/** A distribution of a crafted release, with the sha256 of its bytes as built. */
export interface BuiltFile {
  readonly filename: string;
  readonly path: string;
  readonly sha256: string;
  readonly size: number;
}

export interface BuiltRelease {
  readonly name: string;
  readonly version: string;
  /** The folder holding the files. */
  readonly dir: string;
  /** The sdist first, then the wheels in name order (the order they are uploaded in). */
  readonly files: readonly BuiltFile[];
  /** The files' sizes added up. */
  readonly bytes: number;
}

export interface ReleaseSpec {
  readonly name: string;
  readonly version: string;
  /** Files in all: one sdist and `count - 1` wheels. */
  readonly count: number;
  /** The random payload of file `n` (0 is the sdist), in bytes. */
  readonly payloadBytes: (n: number) => number;
}

const PYTHONS = ['cp39', 'cp310', 'cp311', 'cp312', 'cp313', 'cp314'];
const PLATFORMS = [
  'manylinux_2_17_x86_64',
  'manylinux_2_17_aarch64',
  'musllinux_1_2_x86_64',
  'musllinux_1_2_aarch64',
  'win_amd64',
  'win_arm64',
  'macosx_11_0_arm64',
  'macosx_10_9_x86_64',
];
/** Distinct wheel tags, all accepted by PyPI: a pure wheel, then CPython ABIs × platforms (49 in all). */
const TAGS = ['py3-none-any', ...PYTHONS.flatMap((py) => PLATFORMS.map((p) => `${py}-${py}-${p}`))];

/** A Python module holding `size` bytes of random data: it cannot compress, so sizes are what travels. */
function payloadModule(size: number): string {
  return `DATA = "${randomBytes(Math.ceil((size * 3) / 4)).toString('base64')}"\n`;
}

function metadataText(name: string, version: string): string {
  return (
    `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: A crafted release\n` +
    'Description-Content-Type: text/plain\n\nA release crafted by the reliability tests.\n'
  );
}

/** Wheel `n`'s tag, and a build tag 1, 2, … once every tag is used. */
function wheelTags(n: number): { tag: string; build: string | undefined } {
  const round = Math.floor(n / TAGS.length);
  return { tag: TAGS[n % TAGS.length] ?? 'py3-none-any', build: round === 0 ? undefined : String(round) };
}

function wheelBytes(spec: ReleaseSpec, n: number, size: number): [string, Buffer] {
  const module = spec.name.toLowerCase().replace(/[-_.]+/g, '_');
  const { tag, build } = wheelTags(n);
  const members = wheelMembers({
    name: module,
    version: spec.version,
    omit: ['demo_pkg/__init__.py'],
    files: { [`${module}/__init__.py`]: payloadModule(size) },
    metadata: metadataText(spec.name, spec.version),
    wheel: `Wheel-Version: 1.0\nGenerator: reliability\nRoot-Is-Purelib: ${tag === TAGS[0]}\nTag: ${tag}\n${build ? `Build: ${build}\n` : ''}`,
  });
  // Stored, not deflated: random data does not shrink, and the file's size is then what travels.
  const filename = `${module}-${spec.version}${build ? `-${build}` : ''}-${tag}.whl`;
  return [filename, buildZip(members.map((m) => ({ ...m, method: 0 })))];
}

function sdistBytes(spec: ReleaseSpec, size: number): [string, Buffer] {
  const module = spec.name.toLowerCase().replace(/[-_.]+/g, '_');
  const top = `${module}-${spec.version}`;
  const members = sdistMembers(top, metadataText(spec.name, spec.version)).map((m) =>
    m.name.endsWith('/pyproject.toml') ? { ...m, data: `[project]\nname = "${spec.name}"\n` } : m,
  );
  members.push({ name: `${top}/${module}/__init__.py`, data: payloadModule(size) });
  return [`${top}.tar.gz`, buildTarGz(members)];
}

/** Writes a release that passes the pre-flight into `dir` (created): one sdist and `count - 1` wheels. */
export async function writeRelease(dir: string, spec: ReleaseSpec): Promise<BuiltRelease> {
  await mkdir(dir, { recursive: true });
  const archives = [sdistBytes(spec, spec.payloadBytes(0))];
  const wheels: Array<[string, Buffer]> = [];
  for (let w = 0; w < spec.count - 1; w++) wheels.push(wheelBytes(spec, w, spec.payloadBytes(w + 1)));
  archives.push(...wheels.sort(([a], [b]) => a.localeCompare(b)));
  const files: BuiltFile[] = [];
  for (const [filename, bytes] of archives) {
    const path = join(dir, filename);
    await writeFile(path, bytes);
    files.push({
      filename,
      path,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return {
    name: spec.name,
    version: spec.version,
    dir,
    files,
    bytes: files.reduce((sum, f) => sum + f.size, 0),
  };
}
