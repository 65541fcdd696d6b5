/**
 * Bundles every action (`actions/<name>/src/main.ts`) with esbuild into `actions/<name>/dist/`: an ES module entry
 * `index.js` (what action.yml's `main` runs), the chunks its dynamic imports load on demand (Sigstore's code only
 * when signing), every dependency inlined, and `licenses.txt`. Whitespace and syntax are minified (the source
 * V8 compiles at every start is ~40% smaller, and free of the non-ASCII comments that made it a two-byte string),
 * identifiers are not (names stay readable in the committed bundle and in stack traces); esbuild leaves out unused
 * code and takes a package's ES module build (`module`) before its `main` (hash-wasm's `main` is a UMD file with
 * every algorithm): the action's cold start is part of every release.
 * `--check` bundles into a scratch folder instead and fails when any committed bundle differs.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { NODE_ESM_BUNDLE } from './esbuild-node';
import { thirdPartyLicenses } from './third-party-licenses';

const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const actions = readdirSync(join(root, 'actions')).filter((name) =>
  existsSync(join(root, 'actions', name, 'src/main.ts')),
);
const scratch = check ? mkdtempSync(join(tmpdir(), 'bundles-')) : undefined;

async function bundle(name: string, outDir: string): Promise<void> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { index: join('actions', name, 'src/main.ts') },
    outdir: outDir,
    chunkNames: '[name]-[hash]',
    ...NODE_ESM_BUNDLE,
    metafile: true,
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
  });
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
  writeFileSync(
    join(outDir, 'licenses.txt'),
    thirdPartyLicenses(result.metafile, root, `Third-party code bundled into actions/${name}/dist`),
  );
}

let stale = 0;
try {
  for (const name of actions) {
    const outDir = scratch ? join(scratch, name) : join(root, 'actions', name, 'dist');
    // A fresh folder each time: chunks are named by content hash, so an old chunk would linger as stale.
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    await bundle(name, outDir);
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
