import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { access, appendFile, constants } from 'node:fs/promises';
import { EOL } from 'node:os';
import { commandValue } from './commands';

/**
 * The runner's file commands: `GITHUB_OUTPUT` and `GITHUB_ENV` take `name<<delimiter` blocks (a fresh random
 * delimiter each time, which neither the name nor the value may contain); `GITHUB_STEP_SUMMARY` takes Markdown.
 */
export function keyValueBlock(name: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const text = commandValue(value);
  if (name.includes(delimiter))
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  if (text.includes(delimiter))
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  return `${name}<<${delimiter}${EOL}${text}${EOL}${delimiter}`;
}

/** Appends one line to the file named by `GITHUB_<command>` (OUTPUT, ENV, PATH, STATE). */
export function appendFileCommand(command: string, line: string): void {
  const path = process.env[`GITHUB_${command}`];
  if (!path) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(path)) throw new Error(`Missing file at path: ${path}`);
  appendFileSync(path, `${line}${EOL}`, { encoding: 'utf8' });
}

/** Appends Markdown to the job summary (`GITHUB_STEP_SUMMARY`), which must exist and be writable. */
export async function appendSummary(markdown: string): Promise<void> {
  const path = process.env.GITHUB_STEP_SUMMARY;
  if (!path) {
    throw new Error(
      'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.',
    );
  }
  try {
    await access(path, constants.R_OK | constants.W_OK);
  } catch {
    throw new Error(
      `Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`,
    );
  }
  await appendFile(path, markdown, { encoding: 'utf8' });
}
