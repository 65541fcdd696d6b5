import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  cp,
  mkdir,
  mkdtemp,
  readdir,
  readFile,
  realpath,
  rename,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** The interpreter the local setup-python starts from: Debian's python3 (python3-venv), the same on every machine. */
export const BASE_PYTHON = process.platform === 'win32' ? 'python' : '/usr/bin/python3';

/** A fresh virtual environment standing in for the interpreter actions/setup-python puts on PATH. */
export interface FreshPython {
  /** The environment's folder (prepended to PATH through its `bin`). */
  readonly root: string;
  readonly bin: string;
  readonly python: string;
  /** `3.11.2` */
  readonly version: string;
  /** What `pip list` shows in it right after creation (pip only). */
  readonly packages: readonly string[];
}

/** pip's settings that must not come from this machine (its config files, its environment). */
export const NO_PIP_CONFIG = { PIP_CONFIG_FILE: '/dev/null' } as const;

interface Template {
  readonly root: string;
  /** The folder the venv was created in (its scripts' `#!` lines name it). */
  readonly builtAt: string;
  readonly version: string;
  readonly packages: readonly string[];
}

const templates = new Map<string, Promise<Template>>();

/**
 * A venv of `base` with pip only, like the interpreter of a fresh setup-python (3.12+ ships pip alone; Python
 * 3.11's ensurepip also adds setuptools, which is removed). The pristine venv is made once (per process, or once
 * per `cacheDir` and interpreter), then copied for each job with its scripts' `#!` lines pointed at the copy, so
 * every job starts from the same empty state and nothing one job installs reaches another.
 */
export async function freshPython(base: string, into: string, cacheDir?: string): Promise<FreshPython> {
  const key = `${base}\n${cacheDir ?? ''}`;
  let template = templates.get(key);
  if (!template) {
    template = cacheDir === undefined ? makeTemplate(base, undefined) : cachedTemplate(base, cacheDir);
    templates.set(key, template);
    template.catch(() => templates.delete(key));
  }
  const made = await template;
  await mkdir(into, { recursive: true });
  await rm(into, { recursive: true, force: true });
  // `cp -a` is ten times faster than Node's recursive copy for pip's thousand files.
  if (process.platform === 'win32') await cp(made.root, into, { recursive: true, verbatimSymlinks: true });
  else await execFileAsync('cp', ['-a', made.root, into]);
  const bin = join(into, 'bin');
  for (const name of await readdir(bin)) {
    const file = join(bin, name);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text?.includes(made.builtAt)) await writeFile(file, text.split(made.builtAt).join(into));
  }
  return { root: into, bin, python: join(bin, 'python'), version: made.version, packages: made.packages };
}

/** The template kept in `cacheDir/setup-python/<interpreter key>/`, made there once (complete once `template.json` exists). */
async function cachedTemplate(base: string, cacheDir: string): Promise<Template> {
  const real = await realpath(base);
  const key = createHash('sha256')
    .update(`${real}\n${(await stat(real)).mtimeMs}`)
    .digest('hex')
    .slice(0, 16);
  const dir = join(cacheDir, 'setup-python', key);
  const manifest = join(dir, 'template.json');
  const cached = await readFile(manifest, 'utf8').catch(() => undefined);
  if (cached !== undefined) return { ...(JSON.parse(cached) as Template), root: join(dir, 'venv') };
  const partial = `${dir}.partial-${process.pid}`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  const made = await makeTemplate(base, join(partial, 'venv'));
  await writeFile(join(partial, 'template.json'), JSON.stringify(made));
  // The folder only ever comes into being complete, by this rename; when another process renamed first, the
  // rename fails and its copy is used.
  await rename(partial, dir).catch(() => undefined);
  await rm(partial, { recursive: true, force: true });
  const kept = JSON.parse(await readFile(manifest, 'utf8')) as Template;
  return { ...kept, root: join(dir, 'venv') };
}

async function makeTemplate(base: string, at: string | undefined): Promise<Template> {
  let root = at;
  if (root === undefined) {
    const home = await mkdtemp(join(tmpdir(), 'setup-python-'));
    process.once('exit', () => rmSync(home, { recursive: true, force: true }));
    root = join(home, 'venv');
  }
  const env = { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...NO_PIP_CONFIG };
  await execFileAsync(base, ['-m', 'venv', root], { env });
  const python = join(root, 'bin', 'python');
  const pip = ['-m', 'pip', '--disable-pip-version-check', '--no-input'];
  // What `pip list` shows, read the way pip reads it (installed distributions' metadata), in one quick call.
  const listed = async (): Promise<string[]> => {
    const code =
      'import importlib.metadata as m; print("\\n".join(sorted(f"{d.metadata[\'Name\']} {d.version}" for d in m.distributions())))';
    const { stdout } = await execFileAsync(python, ['-c', code], { env });
    return stdout.split('\n').filter((l) => l.trim() !== '');
  };
  const before = await listed();
  const extra = before.map((p) => p.split(' ')[0] ?? '').filter((n) => n.toLowerCase() !== 'pip');
  if (extra.length > 0) await execFileAsync(python, [...pip, 'uninstall', '--yes', ...extra], { env });
  const packages = await listed();
  const { stdout } = await execFileAsync(python, ['-c', 'import platform; print(platform.python_version())']);
  return { root, builtAt: root, version: stdout.trim(), packages };
}
