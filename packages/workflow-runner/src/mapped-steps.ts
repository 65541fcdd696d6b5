import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { freshPython } from './fresh-python';
import type { StepScope } from './steps';
import type { StepResult } from './types';

/** actions/checkout: a copy of the project fixture into the workspace (no git history, no credentials). */
export async function checkout(name: string, uses: string, scope: StepScope): Promise<StepResult> {
  await cp(scope.project, scope.workspace, { recursive: true });
  const mapped = `${uses} → copy of the project fixture ${scope.project} (no .git folder, no credentials persisted)`;
  scope.map(mapped);
  return { name, outcome: 'success', outputs: {}, log: `checked out ${scope.project}`, summary: '', mapped };
}

/**
 * actions/setup-python: a fresh venv of this machine's interpreter with pip only (what setup-python's Python has),
 * first on PATH for the rest of the job, with the variables setup-python exports. The version asked for is not
 * modelled beyond saying when this machine's interpreter is another.
 */
export async function setupPython(
  name: string,
  uses: string,
  withs: Record<string, string>,
  scope: StepScope,
): Promise<StepResult> {
  const asked = withs['python-version'] ?? '';
  const fresh = await freshPython(scope.basePython, join(scope.folder, 'setup-python'), scope.cacheDir);
  scope.python = fresh.python;
  scope.path.unshift(fresh.bin);
  for (const variable of ['pythonLocation', 'Python_ROOT_DIR', 'Python2_ROOT_DIR', 'Python3_ROOT_DIR'])
    scope.env[variable] = fresh.root;
  scope.env.PKG_CONFIG_PATH = join(fresh.root, 'lib/pkgconfig');
  const other = asked !== '' && !versionMatches(asked, fresh.version);
  const mapped = `${uses} (python-version ${asked || 'unset'}) → a fresh venv of ${scope.basePython} (Python ${fresh.version}) holding ${fresh.packages.join(', ')}, first on PATH${other ? ` (not modelled: Python ${asked}; this machine's ${fresh.version} runs the job)` : ''}; pip installs only from the local index`;
  scope.map(mapped);
  return {
    name,
    outcome: 'success',
    outputs: { 'python-version': fresh.version, 'python-path': fresh.python, 'cache-hit': 'false' },
    log: `Python ${fresh.version}: ${fresh.python}\npip list: ${fresh.packages.join(', ')}`,
    summary: '',
    mapped,
  };
}

/** Whether a setup-python version spec (`3.x`, `3.12`, `3.11.2`) admits `version`. */
export function versionMatches(spec: string, version: string): boolean {
  const wanted = spec.trim().replace(/\.x$/, '').split('.');
  const have = version.split('.');
  return wanted.every((part, i) => part === have[i]);
}
