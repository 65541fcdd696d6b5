import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);
const cache = new Map<string, Promise<string>>();

/**
 * The path of a Node.js binary of `major` (e.g. 24, the runtime GitHub gives `using: node24` actions).
 * `current` is this process's own. Other majors come from the npm registry's `node` package through
 * `npx -y node@<major>`, resolved once per process; the binary is then spawned directly.
 */
export function nodeBinary(major: number | 'current'): Promise<string> {
  if (major === 'current') return Promise.resolve(process.execPath);
  if (Number(process.versions.node.split('.')[0]) === major) return Promise.resolve(process.execPath);
  const key = String(major);
  let found = cache.get(key);
  if (!found) {
    found = execFileAsync('npx', ['-y', `node@${major}`, '-p', 'process.execPath'], {
      encoding: 'utf8',
      timeout: 300_000,
      env: { ...process.env, npm_config_loglevel: 'error' },
    }).then(({ stdout }) => stdout.trim().split('\n').pop() ?? '');
    cache.set(key, found);
  }
  return found;
}
