import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildProject } from '../src/build-project';
import { memoryLogger, OFFLINE, wheelMembers } from './support/helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir('builder-');
});
afterEach(async () => {
  await dir.cleanup();
});

describe('building a project', () => {
  it('builds the sdist and the wheel of a hatchling project and reports them with their metadata', async () => {
    const project = join(dir.path, 'project');
    await writePythonProject(project, { name: 'Hatch.Demo', version: '1.2.0', requiresPython: '>=3.9' });
    const logger = memoryLogger();
    const result = await buildProject({ ...OFFLINE, workingDirectory: project }, { logger });
    expect(result.name).toBe('Hatch.Demo');
    expect(result.version).toBe('1.2.0');
    expect(result.requiresPython).toBe('>=3.9');
    expect(result.distDir).toBe(join(project, 'dist'));
    expect(result.dists.map((d) => [d.kind, d.filename])).toEqual([
      ['sdist', 'hatch_demo-1.2.0.tar.gz'],
      ['wheel', 'hatch_demo-1.2.0-py3-none-any.whl'],
    ]);
    for (const dist of result.dists) {
      const bytes = await readFile(dist.path);
      expect(dist.path).toBe(join(project, 'dist', dist.filename));
      expect(dist.size).toBe(bytes.length);
      expect(dist.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(result.commandLine).toBe(
      `${TOOL_PYTHON} -m build --no-isolation --outdir ${join(project, 'dist')} --skip-dependency-check .`,
    );
    // The build's own output is streamed to the logger.
    expect(logger.lines).toContain('* Building sdist...');
    expect(logger.lines.some((l) => l.startsWith('Successfully built'))).toBe(true);
  });

  // setuptools before 69.3 (Debian's 66) wrote `demo-s-0.2.0.tar.gz`, later ones `demo_s-0.2.0.tar.gz`: either way the
  // result names the files as written, never a name derived from the metadata.
  it('reports the filenames setuptools really wrote', async () => {
    const project = join(dir.path, 'project');
    await writePythonProject(project, { name: 'demo-s', version: '0.2.0', backend: 'setuptools' });
    const result = await buildProject({ ...OFFLINE, workingDirectory: project }, { logger: memoryLogger() });
    expect(result.name).toBe('demo-s');
    expect(result.version).toBe('0.2.0');
    expect(result.requiresPython).toBe('>=3.8');
    const written = (await readdir(result.distDir)).sort();
    expect(result.dists.map((d) => d.filename).sort()).toEqual(written);
    expect(written).toHaveLength(2);
    expect(written).toContain('demo_s-0.2.0-py3-none-any.whl');
    expect(written.filter((f) => /^demo[-_]s-0\.2\.0\.tar\.gz$/.test(f))).toHaveLength(1);
  });

  it('builds the wheel from the sdist: a file left out of the sdist is missing from the wheel', async () => {
    const project = join(dir.path, 'project');
    await writePythonProject(project, {
      name: 'from-sdist',
      version: '1.0',
      files: { 'src/from_sdist/extra.py': 'X = 1\n' },
      projectLines: [],
    });
    const pyproject = await readFile(join(project, 'pyproject.toml'), 'utf8');
    await writeFile(
      join(project, 'pyproject.toml'),
      `${pyproject}\n[tool.hatch.build.targets.sdist]\nexclude = ["src/from_sdist/extra.py"]\n`,
    );
    const both = await buildProject({ ...OFFLINE, workingDirectory: project }, { logger: memoryLogger() });
    const fromSdist = both.dists.find((d) => d.kind === 'wheel');
    expect(await wheelMembers(fromSdist?.path ?? '')).not.toContain('from_sdist/extra.py');

    const wheelOnly = await buildProject(
      { ...OFFLINE, workingDirectory: project, sdist: false, outdir: join(dir.path, 'wheel-only') },
      { logger: memoryLogger() },
    );
    expect(wheelOnly.dists.map((d) => d.kind)).toEqual(['wheel']);
    expect(await wheelMembers(wheelOnly.dists[0]?.path ?? '')).toContain('from_sdist/extra.py');
  });

  it('builds only the sdist when the wheel is turned off', async () => {
    const project = join(dir.path, 'project');
    await writePythonProject(project, { name: 'only-sdist', version: '3.0' });
    const result = await buildProject(
      { ...OFFLINE, workingDirectory: project, wheel: false },
      { logger: memoryLogger() },
    );
    expect(result.dists.map((d) => d.filename)).toEqual(['only_sdist-3.0.tar.gz']);
  });

  it('builds each package of a monorepo into a shared folder and reports only its own files', async () => {
    await writePythonProject(join(dir.path, 'repo/packages/alpha'), { name: 'alpha', version: '1.0' });
    await writePythonProject(join(dir.path, 'repo/packages/beta'), {
      name: 'beta',
      version: '2.0',
      backend: 'setuptools',
    });
    const outdir = join(dir.path, 'repo/dist');
    const alpha = await buildProject(
      { ...OFFLINE, workingDirectory: join(dir.path, 'repo/packages/alpha'), outdir },
      { logger: memoryLogger() },
    );
    const beta = await buildProject(
      { ...OFFLINE, workingDirectory: join(dir.path, 'repo/packages/beta'), outdir },
      { logger: memoryLogger() },
    );
    expect(alpha.dists.map((d) => d.filename)).toEqual(['alpha-1.0.tar.gz', 'alpha-1.0-py3-none-any.whl']);
    expect(beta.name).toBe('beta');
    expect(beta.dists.map((d) => d.filename)).toEqual(['beta-2.0.tar.gz', 'beta-2.0-py3-none-any.whl']);
    expect((await readdir(outdir)).length).toBe(4);
  });

  it('resolves a relative working directory and outdir against the current directory', async () => {
    await writePythonProject(join(dir.path, 'pkg'), { name: 'rel', version: '1.0' });
    const cwd = process.cwd();
    process.chdir(dir.path);
    try {
      const result = await buildProject(
        { ...OFFLINE, workingDirectory: 'pkg', outdir: 'out', wheel: false },
        { logger: memoryLogger() },
      );
      expect(result.distDir).toBe(join(dir.path, 'out'));
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('the stray .gitignore in the output folder', () => {
  /** An in-tree backend wrapping hatchling that drops `.gitignore` into the output folder, as frontends do. */
  async function writeGitignoreProject(project: string): Promise<void> {
    await writePythonProject(project, { name: 'ignored', version: '1.0' });
    const pyproject = await readFile(join(project, 'pyproject.toml'), 'utf8');
    await writeFile(
      join(project, 'pyproject.toml'),
      pyproject.replace(
        /build-backend = "hatchling.build"/,
        'build-backend = "drop_gitignore"\nbackend-path = ["_backend"]',
      ),
    );
    await mkdir(join(project, '_backend'));
    await writeFile(
      join(project, '_backend/drop_gitignore.py'),
      [
        'import os',
        'from hatchling.build import *  # noqa: F403',
        'from hatchling import build as _hatch',
        '',
        'def build_sdist(sdist_directory, config_settings=None):',
        "    with open(os.path.join(sdist_directory, '.gitignore'), 'w') as f:",
        "        f.write('*\\n')",
        '    return _hatch.build_sdist(sdist_directory, config_settings)',
        '',
      ].join('\n'),
    );
  }

  it('is removed after the build', async () => {
    const project = join(dir.path, 'project');
    await writeGitignoreProject(project);
    const logger = memoryLogger();
    const result = await buildProject({ ...OFFLINE, workingDirectory: project }, { logger });
    expect((await readdir(result.distDir)).sort()).toEqual([
      'ignored-1.0-py3-none-any.whl',
      'ignored-1.0.tar.gz',
    ]);
    expect(logger.lines).toContain(`removed the stray .gitignore the build left in ${result.distDir}`);
  });

  it("stays when it was the user's, there before the build", async () => {
    const project = join(dir.path, 'project');
    await writeGitignoreProject(project);
    await mkdir(join(project, 'dist'));
    await writeFile(join(project, 'dist/.gitignore'), 'mine\n');
    const result = await buildProject(
      { ...OFFLINE, workingDirectory: project, wheel: false },
      { logger: memoryLogger() },
    );
    expect(await readdir(result.distDir)).toContain('.gitignore');
  });
});
