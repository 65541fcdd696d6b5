/**
 * Writes the inputs and outputs section of each `actions/<name>/README.md` from its `action.yml`, between
 * the markers below, so that the documentation cannot drift. `--check` fails instead of writing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionManifest } from '@pypi-release/actions-runtime';
import { markdownTable } from '@pypi-release/report';

const BEGIN = '<!-- action-docs:begin (generated from action.yml by `pnpm docs:actions`) -->';
const END = '<!-- action-docs:end -->';
const root = join(import.meta.dirname, '..');
const check = process.argv.includes('--check');
let stale = 0;

for (const name of readdirSync(join(root, 'actions'))) {
  const dir = join(root, 'actions', name);
  if (!existsSync(join(dir, 'action.yml'))) continue;
  const manifest = await readActionManifest(dir);
  const inputs = Object.entries(manifest.inputs).map(([key, spec]) => [
    `\`${key}\``,
    spec.required ? 'yes' : 'no',
    spec.default === undefined ? '' : `\`${spec.default}\``,
    oneLine(spec.description),
  ]);
  const outputs = Object.entries(manifest.outputs).map(([key, spec]) => [`\`${key}\``, oneLine(spec.description)]);
  const section = [
    BEGIN,
    '### Inputs',
    '',
    inputs.length ? markdownTable(['input', 'required', 'default', 'description'], inputs) : 'None.',
    '',
    '### Outputs',
    '',
    outputs.length ? markdownTable(['output', 'description'], outputs) : 'None.',
    END,
  ].join('\n');
  const readmePath = join(dir, 'README.md');
  const current = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : `# ${manifest.name}\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${readmePath}: the action-docs markers are missing`);
  const next = current.slice(0, start) + section + current.slice(end + END.length);
  if (next === current) continue;
  if (check) {
    process.stderr.write(`stale: actions/${name}/README.md (run \`pnpm docs\` and commit it)\n`);
    stale++;
  } else {
    writeFileSync(readmePath, next);
    process.stdout.write(`wrote actions/${name}/README.md\n`);
  }
}
if (stale > 0) process.exit(1);

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
