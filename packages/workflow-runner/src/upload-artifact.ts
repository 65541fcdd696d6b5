import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseFileCommands } from '@pypi-release/actions-runtime';
import { findFiles } from './path-glob';
import { runProcess, shown } from './runner-log';
import type { StepScope } from './steps';
import type { StepResult } from './types';

const CHILD = join(import.meta.dirname, 'upload-artifact-child.mjs');
const NO_FILES = ['warn', 'error', 'ignore'];

/**
 * `actions/upload-artifact` → an upload of the same files through the local artifact service with
 * `@actions/artifact`'s client (the one the toolkit's actions use), in a child process with the job's runner
 * variables. Honoured: `name` (default `artifact`), `path` (globs relative to the workspace, `!` exclusions),
 * `if-no-files-found` (`warn`, `error`, `ignore`) and `include-hidden-files`; the artifact's paths are relative
 * to the search paths' common folder, as upload-artifact makes them. Not modelled: `retention-days`,
 * `compression-level`, `overwrite`.
 */
export async function uploadArtifact(
  name: string,
  uses: string,
  withs: Record<string, string>,
  scope: StepScope,
): Promise<StepResult> {
  const mapped = `${uses} → an upload through the local artifact service with @actions/artifact's client (name, path globs, if-no-files-found and include-hidden-files honoured)`;
  scope.map(mapped);
  const fail = (log: string): StepResult => ({
    name,
    outcome: 'failure',
    outputs: {},
    log,
    summary: '',
    mapped,
  });
  const artifact = withs.name || 'artifact';
  const path = withs.path ?? '';
  const ifNoFiles = withs['if-no-files-found'] || 'warn';
  if (path.trim() === '') return fail('Input required and not supplied: path');
  if (!NO_FILES.includes(ifNoFiles))
    return fail(
      `Unexpected input(s) '${ifNoFiles}' for if-no-files-found: the valid options are ${NO_FILES.join(', ')}`,
    );
  const found = await findFiles(path, scope.workspace, withs['include-hidden-files'] === 'true');
  if (found.files.length === 0) {
    const message = `No files were found with the provided path: ${found.patterns.join(', ')}. No artifacts will be uploaded.`;
    if (ifNoFiles === 'error') return fail(`Error: ${message}`);
    const log = ifNoFiles === 'warn' ? `Warning: ${message}` : message;
    return { name, outcome: 'success', outputs: {}, log, summary: '', mapped };
  }
  const home = await mkdtemp(join(tmpdir(), 'upload-artifact-'));
  try {
    const output = join(home, 'output');
    await writeFile(output, '');
    const ran = await runProcess(
      process.execPath,
      [CHILD, artifact, found.root, ...found.files],
      scope.workspace,
      {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? home,
        ...scope.env,
        GITHUB_WORKSPACE: scope.workspace,
        GITHUB_OUTPUT: output,
      },
    );
    const listed = found.files.map((f) => `  ${relative(found.root, f)}`).join('\n');
    const log = `With the provided path, there will be ${found.files.length} file(s) uploaded as ${artifact}:\n${listed}\n${ran.log}`;
    if (ran.code !== 0) return fail(shown(log, scope.masks));
    const outputs = parseFileCommands(await readFile(output, 'utf8'));
    const id = outputs['artifact-id'] ?? '';
    return {
      name,
      outcome: 'success',
      outputs: {
        'artifact-id': id,
        'artifact-url': `https://github.com/${scope.env.GITHUB_REPOSITORY ?? ''}/actions/runs/${scope.env.GITHUB_RUN_ID ?? ''}/artifacts/${id}`,
        'artifact-digest': outputs['artifact-digest'] ?? '',
      },
      log: shown(log, scope.masks),
      summary: '',
      mapped,
    };
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
