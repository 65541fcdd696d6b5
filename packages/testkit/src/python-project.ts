import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/**
 * The tools interpreter that `script/bootstrap` creates: a venv at `.cache/python-tools` with `build`,
 * hatchling, setuptools, flit_core and wheel installed by pip from its configured index
 * (`script/python-tools.txt`). Tests and benchmarks build their fixture projects with it, without isolation, for
 * speed. It is never what a rehearsed job gets: the local runner gives each job a fresh interpreter with pip only.
 */
export const TOOL_PYTHON = join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '.cache',
  'python-tools',
  process.platform === 'win32' ? 'Scripts' : 'bin',
  process.platform === 'win32' ? 'python.exe' : 'python',
);

/**
 * A venv of Debian's `/usr/bin/python3` made by `script/bootstrap`: it keeps the setuptools 66.1.1 that Debian's
 * python3-venv seeds every venv with (python3-setuptools-whl), plus `build` from pip's index. Setuptools 66
 * writes non-normalized sdist names (`demo-s-0.2.0.tar.gz`), which PyPI refuses today: a real negative case.
 */
export const SETUPTOOLS66_PYTHON = join(
  TOOL_PYTHON,
  '..',
  '..',
  '..',
  'python-setuptools66',
  'bin',
  'python',
);

/** Debian's interpreter, for the Debian packages the tests read beside ours (readme_renderer). */
export const DEBIAN_PYTHON = TOOL_PYTHON;

export interface ProjectSpec {
  readonly name: string;
  readonly version: string;
  /** `setuptools-66` writes the same pyproject.toml as `setuptools`; `buildFixture` builds it with SETUPTOOLS66_PYTHON. */
  readonly backend?: 'hatchling' | 'setuptools' | 'setuptools-66';
  /** Hatchling's `core-metadata-version` for both targets (Debian's twine 4.0.2 reads Metadata-Version ≤ 2.2). */
  readonly coreMetadataVersion?: string;
  /** The summary (`description` in pyproject.toml). */
  readonly summary?: string;
  /** `requires-python`, default `>=3.8`. */
  readonly requiresPython?: string;
  /** Extra lines for the `[project]` table, e.g. `'classifiers = ["Private :: Do Not Upload"]'`. */
  readonly projectLines?: readonly string[];
  readonly readme?: { readonly file: string; readonly text: string };
  /** Extra files, by path relative to the project root. */
  readonly files?: Readonly<Record<string, string>>;
}

/** Writes a minimal importable Python project (`import <module>` works once installed). */
export async function writePythonProject(dir: string, spec: ProjectSpec): Promise<string> {
  const module = spec.name.toLowerCase().replace(/[-.]+/g, '_');
  const backend =
    spec.backend === 'setuptools' || spec.backend === 'setuptools-66'
      ? 'requires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"'
      : 'requires = ["hatchling"]\nbuild-backend = "hatchling.build"';
  const readmeLine = spec.readme ? [`readme = "${spec.readme.file}"`] : [];
  const pyproject = [
    '[build-system]',
    backend,
    '',
    '[project]',
    `name = "${spec.name}"`,
    `version = "${spec.version}"`,
    `description = "${spec.summary ?? 'A fixture project for the pypi-release tests'}"`,
    `requires-python = "${spec.requiresPython ?? '>=3.8'}"`,
    ...readmeLine,
    ...(spec.projectLines ?? []),
    '',
  ];
  const metadataVersion = spec.coreMetadataVersion
    ? [`core-metadata-version = "${spec.coreMetadataVersion}"`]
    : [];
  if (spec.backend === undefined || spec.backend === 'hatchling')
    pyproject.push(
      '[tool.hatch.build.targets.wheel]',
      `packages = ["src/${module}"]`,
      ...metadataVersion,
      '',
      ...(metadataVersion.length > 0 ? ['[tool.hatch.build.targets.sdist]', ...metadataVersion, ''] : []),
    );
  else pyproject.push('[tool.setuptools.packages.find]', 'where = ["src"]', '');
  await mkdir(join(dir, 'src', module), { recursive: true });
  await writeFile(join(dir, 'pyproject.toml'), pyproject.join('\n'));
  await writeFile(join(dir, 'src', module, '__init__.py'), `__version__ = "${spec.version}"\n`);
  if (spec.readme) await writeFile(join(dir, spec.readme.file), spec.readme.text);
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return module;
}

/** Builds the sdist and wheel of `projectDir` into `outDir` (no isolation: offline), returns the file paths. */
export async function buildPythonProject(
  projectDir: string,
  outDir: string,
  python: string = TOOL_PYTHON,
): Promise<string[]> {
  await execFileAsync(python, ['-m', 'build', '-n', '-x', '--outdir', outDir, projectDir], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1700000000' },
    timeout: 120_000,
  });
  const names = await readdir(outDir);
  return names.filter((n) => n.endsWith('.whl') || n.endsWith('.tar.gz')).map((n) => join(outDir, n));
}

/** A temporary folder removed by the returned `cleanup`. */
export async function tempDir(
  prefix = 'pypi-release-',
): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

/** Writes and builds a project in a fresh temp folder; `dist` holds the sdist and the wheel. */
export async function buildFixture(
  spec: ProjectSpec,
): Promise<{ root: string; dist: string; files: string[]; cleanup: () => Promise<void> }> {
  const dir = await tempDir();
  const project = join(dir.path, 'project');
  const dist = join(dir.path, 'dist');
  await writePythonProject(project, spec);
  const python = spec.backend === 'setuptools-66' ? SETUPTOOLS66_PYTHON : TOOL_PYTHON;
  const files = await buildPythonProject(project, dist, python);
  return { root: dir.path, dist, files, cleanup: dir.cleanup };
}
