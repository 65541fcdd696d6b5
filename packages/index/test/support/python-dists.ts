import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildPythonProject, writePythonProject } from '@pypi-release/testkit';

export { TOOL_PYTHON as PYTHON } from '@pypi-release/testkit';

export interface ProjectSpec {
  readonly name: string;
  readonly version: string;
  readonly summary?: string;
  readonly requiresPython?: string;
  /** Extra lines appended to the [project] table. */
  readonly extra?: string;
  /** The Metadata-Version hatchling writes (Debian's twine 4.0.2 reads up to 2.2; hatchling writes 2.4). */
  readonly coreMetadataVersion?: string;
}

export interface BuiltDists {
  readonly sdist: string;
  readonly wheel: string;
}

/** Builds a real sdist and wheel with hatchling (no isolation, no network), in `dir`. */
export async function buildProject(dir: string, spec: ProjectSpec): Promise<BuiltDists> {
  const project = join(dir, 'src');
  const out = join(dir, 'dist');
  await writePythonProject(project, {
    name: spec.name,
    version: spec.version,
    ...(spec.summary === undefined ? {} : { summary: spec.summary }),
    ...(spec.requiresPython === undefined ? {} : { requiresPython: spec.requiresPython }),
    readme: { file: 'README.md', text: `# ${spec.name}\n\nA demo package.\n` },
    projectLines: spec.extra ? [spec.extra] : [],
  });
  if (spec.coreMetadataVersion !== undefined) {
    const pyproject = join(project, 'pyproject.toml');
    const line = `core-metadata-version = "${spec.coreMetadataVersion}"`;
    const text = await readFile(pyproject, 'utf8');
    const wheel = '[tool.hatch.build.targets.wheel]\n';
    await writeFile(
      pyproject,
      `${text.replace(wheel, `${wheel}${line}\n`)}\n[tool.hatch.build.targets.sdist]\n${line}\n`,
    );
  }
  await buildPythonProject(project, out);
  const files = await readdir(out);
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  const wheel = files.find((f) => f.endsWith('.whl'));
  if (!sdist || !wheel) throw new Error(`build produced ${files.join(', ')}`);
  return { sdist: join(out, sdist), wheel: join(out, wheel) };
}
