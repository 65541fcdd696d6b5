import { execFile } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's interpreter, which has `build` and `hatchling` (the `python3` on PATH may be another one). */
export const PYTHON = '/usr/bin/python3';

export interface ProjectSpec {
  readonly name: string;
  readonly version: string;
  readonly summary?: string;
  readonly requiresPython?: string;
  /** Extra lines appended to the [project] table. */
  readonly extra?: string;
}

export interface BuiltDists {
  readonly sdist: string;
  readonly wheel: string;
}

/** Builds a real sdist and wheel with hatchling (no isolation, no network), in `dir`. */
export async function buildProject(dir: string, spec: ProjectSpec): Promise<BuiltDists> {
  const src = join(dir, 'src');
  const pkg = spec.name.replace(/[-.]/g, '_').toLowerCase();
  await mkdir(join(src, pkg), { recursive: true });
  await writeFile(
    join(src, 'pyproject.toml'),
    [
      '[build-system]',
      'requires = ["hatchling"]',
      'build-backend = "hatchling.build"',
      '',
      '[project]',
      `name = "${spec.name}"`,
      `version = "${spec.version}"`,
      `description = "${spec.summary ?? 'A demo package'}"`,
      `requires-python = "${spec.requiresPython ?? '>=3.8'}"`,
      'readme = "README.md"',
      spec.extra ?? '',
      '',
      '[tool.hatch.build.targets.wheel]',
      `packages = ["${pkg}"]`,
      '',
    ].join('\n'),
  );
  await writeFile(join(src, 'README.md'), `# ${spec.name}\n\nA demo package.\n`);
  await writeFile(join(src, pkg, '__init__.py'), `VERSION = "${spec.version}"\n`);
  const out = join(dir, 'dist');
  await run(PYTHON, ['-m', 'build', '-n', '-x', '--outdir', out, src], { env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' } });
  const files = await readdir(out);
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  const wheel = files.find((f) => f.endsWith('.whl'));
  if (!sdist || !wheel) throw new Error(`build produced ${files.join(', ')}`);
  return { sdist: join(out, sdist), wheel: join(out, wheel) };
}
