/**
 * Generated documentation, so that it cannot drift: the inputs and outputs section of each
 * `actions/<name>/README.md` (from its `action.yml`, between the markers below) and `docs/rules.md` (from the
 * rule catalog). `--check` fails instead of writing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readActionManifest } from '@pypi-release/actions-runtime';
import { PYPI_ENFORCEMENT, RULE_GROUPS } from '@pypi-release/dists';
import { cell, markdownTable } from '@pypi-release/report';

const BEGIN = '<!-- action-docs:begin (generated from action.yml by `pnpm run docs`) -->';
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
    cell(oneLine(spec.description)),
  ]);
  const outputs = Object.entries(manifest.outputs).map(([key, spec]) => [
    `\`${key}\``,
    oneLine(spec.description),
  ]);
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
  const current = existsSync(readmePath)
    ? readFileSync(readmePath, 'utf8')
    : `# ${manifest.name}\n\n${BEGIN}\n${END}\n`;
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  if (start < 0 || end < 0) throw new Error(`${readmePath}: the action-docs markers are missing`);
  update(readmePath, current, current.slice(0, start) + section + current.slice(end + END.length));
}

const rulesPath = join(root, 'docs/rules.md');
const rules = [
  '# Acceptance rules',
  '',
  'Generated from the rule catalog of `packages/dists` by `pnpm run docs`; do not edit by hand.',
  'Every rule has a stable code, the severity it is reported with, and the fix its messages suggest.',
  'The PyPI column answers "does PyPI refuse this today?" from Warehouse\'s upload code (pypi/warehouse, August',
  '2026; paths under `warehouse/`): *refuses* (PyPI answers 400), *accepts* (our advice, and why), or *local*',
  '(about the inputs on this machine).',
  ...RULE_GROUPS.flatMap((group) => [
    '',
    `## ${group.title}`,
    '',
    markdownTable(
      ['code', 'severity', 'PyPI', 'rule', 'fix'],
      group.rules.map((r) => {
        const pypi = PYPI_ENFORCEMENT[r.code];
        if (!pypi)
          throw new Error(`rule ${r.code} has no entry in packages/dists/src/rules/pypi-enforcement.ts`);
        return [
          `\`${r.code}\``,
          r.severity,
          cell(`${pypi.pypi}: ${oneLine(pypi.where)}`),
          cell(oneLine(r.rule)),
          cell(oneLine(r.fix)),
        ];
      }),
    ),
  ]),
  '',
].join('\n');
update(rulesPath, existsSync(rulesPath) ? readFileSync(rulesPath, 'utf8') : '', rules);
if (stale > 0) process.exit(1);

function update(path: string, current: string, next: string): void {
  if (next === current) return;
  const shown = path.slice(root.length + 1);
  if (check) {
    process.stderr.write(`stale: ${shown} (run \`pnpm run docs\` and commit it)\n`);
    stale++;
  } else {
    writeFileSync(path, next);
    process.stdout.write(`wrote ${shown}\n`);
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
