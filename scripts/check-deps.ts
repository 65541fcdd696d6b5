/**
 * Checks that every workspace package declares exactly what it imports: each bare import in `src/` is in
 * `dependencies` (it ships), each bare import elsewhere (tests, bench, support) is in `dependencies` or
 * `devDependencies` (of the package, or of the root for the shared test tools: vitest, fast-check), and each
 * declared package is imported somewhere in its package (`dependencies` from `src/`; a root devDependency from
 * anywhere in the workspace). `@types/x` counts as used when `x` is. Shipped code uses one zod flavour: `zod/mini`
 * (tree-shakable), imported only by `@pypi-release/zod` (packages/zod), which sets English messages; everything else
 * takes `z` from there (classic `zod` costs the CLI's start-up ~50 ms: it cannot be tree-shaken). Run from `pnpm test`;
 * exits 1 listing every problem.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/**
 * Declarations used other than by an import, each with the reason. Keyed `package-dir → names`.
 * The root holds the tools the scripts run (binaries, config) and the workspace packages its scripts use.
 */
const USED_OTHERWISE: Record<string, Record<string, string>> = {
  '.': {
    '@biomejs/biome': 'the `lint` and `format` scripts run its binary',
    '@types/node': 'the type definitions of every file',
    tsx: 'the scripts run with it',
    typescript: 'the `typecheck` script runs tsc',
    vitest: 'the `test` script runs it',
  },
  'packages/artifact-service': { azurite: 'src/azurite.ts starts its binary (resolved from node_modules)' },
  'packages/cli': {
    libsql:
      'kept out of the CLI bundle (scripts/cli-package.ts): the published package.json takes its range here',
  },
};

interface Manifest {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
}

const SKIP = new Set(['node_modules', 'dist', '.cache', '.git', 'coverage']);

function sourceFiles(dir: string, nested: boolean): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      // the root walks only its own folders, not the workspace packages (they are checked one by one)
      if (nested || !['packages', 'actions'].includes(entry.name)) out.push(...sourceFiles(path, true));
    } else if (/\.(?:ts|mts|cts|js|mjs|cjs)$/.test(entry.name)) {
      out.push(path);
    }
  }
  return out;
}

const IMPORT_RE =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*${}\s,]+\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*${}\s,]+\s+from\s+|\bimport\s*\(\s*|\brequire(?:\.resolve)?\s*\(\s*|import\.meta\.resolve\s*\(\s*|\bcreateRequire\([^)]*\)\s*\(\s*)['"]([^'"]+)['"]/g;

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or undefined for relative/builtin. */
function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? '');
  if (builtinModules.includes(name)) return undefined;
  return name;
}

function importsOf(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(IMPORT_RE)) {
    const name = packageOf(match[1] ?? '');
    if (name !== undefined) names.add(name);
  }
  return [...names];
}

/** The zod entry points shipped code may import, and only in packages/zod. */
const ZOD_MINI = new Set(['zod/mini', 'zod/locales']);
const ZOD_MODULE = 'packages/zod/src/index.ts';

function zodProblems(rel: string, text: string): string[] {
  const problems: string[] = [];
  for (const match of text.matchAll(IMPORT_RE)) {
    const specifier = match[1] ?? '';
    if (packageOf(specifier) !== 'zod') continue;
    if (!ZOD_MINI.has(specifier)) {
      problems.push(
        `${rel} imports "${specifier}" (classic zod, not tree-shakable): take z from @pypi-release/zod (zod/mini)`,
      );
    } else if (rel !== ZOD_MODULE) {
      problems.push(
        `${rel} imports "${specifier}" directly: take z from @pypi-release/zod, which sets zod/mini's English messages`,
      );
    }
  }
  return problems;
}

/** Root devDependencies that a package's files import without declaring them (the shared test tools). */
const sharedUses = new Set<string>();

function checkPackage(dir: string, shared: ReadonlySet<string>): string[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, dir, 'package.json'), 'utf8')) as Manifest;
  const deps = new Set(Object.keys(manifest.dependencies ?? {}));
  const devDeps = new Set(Object.keys(manifest.devDependencies ?? {}));
  const otherwise = USED_OTHERWISE[dir] ?? {};
  const usedInSrc = new Set<string>();
  const usedAnywhere = new Set<string>();
  const problems: string[] = [];
  for (const file of sourceFiles(join(ROOT, dir), dir !== '.')) {
    const rel = relative(ROOT, file);
    const shipped = dir !== '.' && relative(join(ROOT, dir), file).startsWith('src/');
    const text = readFileSync(file, 'utf8');
    if (shipped) problems.push(...zodProblems(rel, text));
    for (const name of importsOf(text)) {
      if (name === manifest.name) continue;
      usedAnywhere.add(name);
      if (shipped) usedInSrc.add(name);
      if (shipped && !deps.has(name)) {
        const where = devDeps.has(name) ? 'is only in devDependencies' : 'is not declared';
        problems.push(
          `${rel} imports "${name}", which ${where}: add it to ${dir}/package.json "dependencies"`,
        );
      } else if (!shipped && !deps.has(name) && !devDeps.has(name)) {
        if (shared.has(name) && dir !== '.') sharedUses.add(name);
        else problems.push(`${rel} imports "${name}", which is not declared: add it to ${dir}/package.json`);
      }
    }
  }
  const used = (name: string, pool: Set<string>): boolean =>
    pool.has(name) ||
    (name.startsWith('@types/') && pool.has(typedPackage(name))) ||
    name in otherwise ||
    (dir === '.' && sharedUses.has(name));
  for (const name of deps) {
    if (used(name, usedInSrc)) continue;
    const fix = used(name, usedAnywhere) ? 'move it to "devDependencies"' : 'remove it';
    problems.push(
      `${dir}/package.json declares "${name}" in "dependencies" but src/ never imports it: ${fix}`,
    );
  }
  for (const name of devDeps) {
    if (!used(name, usedAnywhere))
      problems.push(
        `${dir}/package.json declares "${name}" in "devDependencies" but nothing imports it: remove it`,
      );
  }
  return problems.map((p) => p.replace(/^\.\//, ''));
}

/** `@types/scope__name` → `@scope/name`, `@types/name` → `name`. */
function typedPackage(types: string): string {
  const bare = types.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

function workspaceDirs(): string[] {
  const dirs = ['.'];
  for (const group of ['packages', 'actions']) {
    for (const name of readdirSync(join(ROOT, group)).sort()) {
      const dir = `${group}/${name}`;
      if (statSync(join(ROOT, dir)).isDirectory() && hasManifest(dir)) dirs.push(dir);
    }
  }
  return dirs;
}

function hasManifest(dir: string): boolean {
  try {
    return statSync(join(ROOT, dir, 'package.json')).isFile();
  } catch {
    return false;
  }
}

const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Manifest;
const shared = new Set(
  Object.keys(root.devDependencies ?? {}).filter((name) => !name.startsWith('@pypi-release/')),
);
// the root last, so that its shared tools count as used by every package's files
const dirs = workspaceDirs();
const problems = [...dirs.slice(1), '.'].flatMap((dir) => checkPackage(dir, shared));
if (problems.length > 0) {
  process.stderr.write(`check-deps: ${problems.length} problem(s) in package.json declarations:\n`);
  for (const problem of problems) process.stderr.write(`  - ${problem}\n`);
  process.exit(1);
}
