// The workflow files every check in test/workflows runs on: the project's own and the example callers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '../..');
/** The placeholder the examples use for this toolkit's repository (`org/toolkit/actions/publish@v1`). */
export const toolkitRepository = 'org/toolkit';

const list = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

export const ownWorkflows = list('.github/workflows');
export const examples = list('test/fixtures/workflows');
export const workflowFiles = [...ownWorkflows, ...examples];
export const actionFiles = readdirSync(join(root, 'actions'))
  .sort()
  .map((a) => `actions/${a}/action.yml`);

export const read = (file: string): string => readFileSync(join(root, file), 'utf8');

/**
 * Maps a `uses:` reference to a workflow file of this repository, as GitHub would resolve it: `./…` and `$/…`
 * (the self-repository syntax) within the repository, `org/toolkit/…@ref` to this repository too.
 */
export function localPath(uses: string): string | undefined {
  if (uses.startsWith('./') || uses.startsWith('$/')) return uses.slice(2);
  const prefix = `${toolkitRepository}/`;
  if (uses.startsWith(prefix)) return uses.slice(prefix.length).replace(/@[^@]*$/, '');
  return undefined;
}
