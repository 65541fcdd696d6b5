import { readdir } from 'node:fs/promises';
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
  /** Hatchling's core-metadata-version (Debian's twine 4.0.2 reads Metadata-Version ≤ 2.2). */
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
    ...(spec.coreMetadataVersion === undefined ? {} : { coreMetadataVersion: spec.coreMetadataVersion }),
  });
  await buildPythonProject(project, out);
  const files = await readdir(out);
  const sdist = files.find((f) => f.endsWith('.tar.gz'));
  const wheel = files.find((f) => f.endsWith('.whl'));
  if (!sdist || !wheel) throw new Error(`build produced ${files.join(', ')}`);
  return { sdist: join(out, sdist), wheel: join(out, wheel) };
}
