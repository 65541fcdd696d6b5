// Installs the packed `pypi-release` into an empty folder without the registry: npm's `--offline` with a fresh,
// empty cache and an unreachable registry, and every runtime dependency handed over as a local tarball.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');

/** npm with no user or project configuration and no `npm_*` variables inherited from pnpm or vitest. */
export function npmEnv(home: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(npm_|pnpm_)/i.test(k) && k !== 'NODE_OPTIONS'),
  );
  return {
    ...env,
    HOME: home,
    npm_config_userconfig: join(home, '.npmrc'),
    npm_config_update_notifier: 'false',
  };
}

/** Node's lookup of a package folder from `from` (each ancestor's node_modules), symlinks resolved. */
function findPackage(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
    if (dirname(dir) === dir) return undefined;
  }
}

/** `npm pack` of a folder into `dest`; returns the tarball's path. */
export async function npmPack(dir: string, dest: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout } = await run('npm', ['pack', '--ignore-scripts', '--pack-destination', dest, '--silent'], {
    cwd: dir,
    env,
  });
  const name = stdout.trim().split('\n').pop();
  if (!name) throw new Error(`npm pack in ${dir} printed no tarball name`);
  return join(dest, name);
}

/**
 * The tarballs of `libsql` and of what it needs on this machine, packed from the copies pnpm installed for the
 * workspace: its dependencies and the optional dependency holding this platform's prebuilt binary (pnpm installs
 * only the one that fits, as npm does). The other platforms' optional packages are absent; npm skips an optional
 * dependency it cannot fetch, offline as online.
 */
export async function packLibsql(dest: string, env: NodeJS.ProcessEnv): Promise<string[]> {
  const libsqlDir = findPackage('libsql', join(ROOT, 'packages/cli'));
  if (!libsqlDir) throw new Error('libsql is not installed for packages/cli: run pnpm install');
  const manifest = JSON.parse(readFileSync(join(libsqlDir, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
    optionalDependencies?: Record<string, string>;
  };
  const dirs = [libsqlDir];
  for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
    const dir = findPackage(name, libsqlDir);
    if (dir) dirs.push(dir);
    else if (manifest.dependencies?.[name]) throw new Error(`libsql's dependency ${name} is not installed`);
  }
  return Promise.all(dirs.map((dir) => npmPack(dir, dest, env)));
}

/** `npm install --offline` of the tarballs into a new folder `app` (with a package.json of its own). */
export async function installOffline(app: string, tarballs: readonly string[], env: NodeJS.ProcessEnv) {
  await mkdir(app, { recursive: true });
  writeFileSync(join(app, 'package.json'), '{ "private": true }\n');
  return run(
    'npm',
    [
      'install',
      '--offline',
      '--registry=http://127.0.0.1:9/',
      `--cache=${join(app, '..', 'npm-cache')}`,
      '--no-audit',
      '--no-fund',
      ...tarballs,
    ],
    { cwd: app, env },
  );
}
