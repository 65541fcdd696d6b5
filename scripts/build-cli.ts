/**
 * `pnpm build:cli [--outdir DIR] [--repository OWNER/NAME]`: builds the npm package `pypi-release` into
 * packages/cli/dist (see scripts/cli-package.ts); `npm publish` runs in that folder.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { buildCliPackage, DEFAULT_OUT_DIR } from './cli-package';

const { values } = parseArgs({ options: { outdir: { type: 'string' }, repository: { type: 'string' } } });
const built = await buildCliPackage(values.outdir ?? DEFAULT_OUT_DIR, {
  ...(values.repository ? { repository: values.repository } : {}),
});
process.stdout.write(`pypi-release ${built.version}: ${relative(process.cwd(), built.dir) || '.'}\n`);
