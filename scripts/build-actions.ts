/**
 * Bundles every action (`actions/<name>/src/main.ts`) with ncc into `actions/<name>/dist/`.
 * `--check` bundles into a scratch folder instead and fails when any committed bundle differs.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'src/main.ts')),
);
const scratch = check ? mkdtempSync(join(tmpdir(), 'bundles-')) : undefined;
const ncc = join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');

let stale = 0;
try {
  for (const name of actions) {
    const outDir = scratch ? join(scratch, name) : join(root, 'actions', name, 'dist');
    const entry = join(root, 'actions', name, 'src/main.ts');
    // A fresh folder each time: ncc names its chunks by module id, so an old chunk would linger as stale.
    rmSync(outDir, { recursive: true, force: true });
    const result = spawnSync(
      process.execPath,
      [
        ncc,
        'build',
        entry,
        '-o',
        outDir,
        '--transpile-only',
        '--target',
        'es2022',
        '--license',
        'licenses.txt',
        '--quiet',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      process.stderr.write(`ncc failed for actions/${name} (exit ${result.status}):\n${result.stderr}\n`);
      process.exit(1);
    }
    if (scratch) {
      const committed = join(root, 'actions', name, 'dist');
      for (const file of differingFiles(outDir, committed)) {
        process.stderr.write(`stale bundle: ${relative(root, join(committed, file))}\n`);
        stale++;
      }
    } else {
      process.stdout.write(`bundled actions/${name}/dist\n`);
    }
  }
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
if (stale > 0) {
  process.stderr.write(
    'The committed action bundles are stale: run `pnpm build` and commit actions/*/dist.\n',
  );
  process.exit(1);
}
if (check) process.stdout.write(`bundles fresh: ${actions.map((a) => `actions/${a}/dist`).join(', ')}\n`);

function differingFiles(fresh: string, committed: string): string[] {
  const names = new Set([...listFiles(fresh), ...listFiles(committed)]);
  return [...names].filter((name) => {
    const a = join(fresh, name);
    const b = join(committed, name);
    return !existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b));
  });
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)));
}
