import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  readonly version: string;
  readonly packages: readonly string[];
}

const templates = new Map<string, Promise<Template>>();

/**
 * A venv of `base` with pip only, like the interpreter of a fresh setup-python (3.12+ ships pip alone; Python
 * 3.11's ensurepip also adds setuptools, which is removed). Made once per process and interpreter, then copied
 * for each job with its scripts' `#!` lines pointed at the copy, so every job starts from the same empty state
 * and nothing one job installs reaches another.
 */
export async function freshPython(base: string, into: string): Promise<FreshPython> {
  let template = templates.get(base);
  if (!template) {
    template = makeTemplate(base);
    templates.set(base, template);
    template.catch(() => templates.delete(base));
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
    if (text?.includes(made.root)) await writeFile(file, text.split(made.root).join(into));
  }
  return { root: into, bin, python: join(bin, 'python'), version: made.version, packages: made.packages };
}

async function makeTemplate(base: string): Promise<Template> {
  const home = await mkdtemp(join(tmpdir(), 'setup-python-'));
  process.once('exit', () => rmSync(home, { recursive: true, force: true }));
  const root = join(home, 'venv');
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
  return { root, version: stdout.trim(), packages };
}
