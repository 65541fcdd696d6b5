/**
 * The npm package `pypi-release`: the CLI bundled by esbuild into `lib/` (an entry and the chunks that its
 * subcommands load on demand), every workspace package and npm dependency inlined, except `libsql` (the index's
 * native SQLite, loaded only by `serve`), which the generated package.json declares as its one dependency.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NODE_ESM_BUNDLE } from './esbuild-node';
import { thirdPartyLicenses } from './third-party-licenses';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'packages/cli');
/** Loaded with `require` at run time, installed by npm next to the package. */
const EXTERNAL = ['libsql'] as const;
export const DEFAULT_OUT_DIR = join(CLI, 'dist');
export const BIN = 'lib/pypi-release.mjs';

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly license?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));

export interface CliPackage {
  /** The package folder (what `npm pack` / `npm publish` take). */
  readonly dir: string;
  /** The bundled entry, runnable with `node`. */
  readonly bin: string;
  readonly version: string;
}

export interface BuildOptions {
  /** `owner/name` on GitHub, written as `repository` (npm provenance requires it to match the building repo). */
  readonly repository?: string;
}

export async function buildCliPackage(
  outDir = DEFAULT_OUT_DIR,
  options: BuildOptions = {},
): Promise<CliPackage> {
  const source = readManifest(CLI);
  if (!source.version) throw new Error('packages/cli/package.json has no "version"');
  rmSync(outDir, { recursive: true, force: true });
  const result = await build({
    entryPoints: { 'pypi-release': join(CLI, 'src/bin.ts') },
    outdir: join(outDir, 'lib'),
    outExtension: { '.js': '.mjs' },
    ...NODE_ESM_BUNDLE,
    minify: true,
    metafile: true,
    legalComments: 'none',
    absWorkingDir: ROOT,
    external: [...EXTERNAL],
  });
  const dependencies = Object.fromEntries(
    EXTERNAL.map((name) => {
      const range = source.dependencies?.[name];
      if (!range)
        throw new Error(`packages/cli/package.json must list "${name}" in dependencies (kept external)`);
      return [name, range];
    }),
  );
  const manifest = {
    name: 'pypi-release',
    version: source.version,
    description: 'Check, build and publish Python distributions to PyPI; a local PyPI-compatible index.',
    keywords: ['pypi', 'python', 'twine', 'trusted-publishing', 'wheel', 'sdist'],
    type: 'module',
    bin: { 'pypi-release': BIN },
    files: ['lib', 'THIRD_PARTY_LICENSES.md'],
    engines: { node: '>=20.9' },
    dependencies,
    ...(options.repository
      ? { repository: { type: 'git', url: `git+https://github.com/${options.repository}.git` } }
      : {}),
  };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(outDir, 'README.md'), readFileSync(join(CLI, 'README.md'), 'utf8'));
  // The license text of every npm package whose code is inside the bundle (MIT and Apache-2.0 ask for it).
  writeFileSync(
    join(outDir, 'THIRD_PARTY_LICENSES.md'),
    thirdPartyLicenses(result.metafile, ROOT, 'Third-party code bundled into pypi-release'),
  );
  return { dir: outDir, bin: join(outDir, BIN), version: source.version };
}
