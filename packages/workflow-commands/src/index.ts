import { EOL } from 'node:os';
import { type CommandProperties, commandValue, issueCommand } from './commands';
import { appendFileCommand, keyValueBlock } from './files';

export { appendSummary } from './files';

/**
 * What an action says to the runner, written from GitHub's documentation of workflow commands and the runner's
 * file commands, with @actions/core's exact output (test/differential.test.ts compares them). It exists because
 * `@actions/core` imports its HTTP client (`@actions/http-client` and undici 6, 0.59 MB) for `getIDToken` even
 * when nothing asks for a token, and every action start paid for loading it (README, "Performance"). ID tokens
 * come from pypi-client's `envIdTokenProvider` instead.
 */

/** `INPUT_<NAME>` (spaces as `_`, upper case), trimmed; '' when unset. */
export function getInput(
  name: string,
  options: { required?: boolean; trimWhitespace?: boolean } = {},
): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
  if (options.required && !value) throw new Error(`Input required and not supplied: ${name}`);
  return options.trimWhitespace === false ? value : value.trim();
}

/** A boolean input in YAML 1.2's core schema: true/True/TRUE or false/False/FALSE, anything else an error. */
export function getBooleanInput(name: string, options: { required?: boolean } = {}): boolean {
  const value = getInput(name, options);
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new TypeError(
    `Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
      'Support boolean input list: `true | True | TRUE | false | False | FALSE`',
  );
}

/** A step output: a `GITHUB_OUTPUT` block, or the old `set-output` command where the runner has no such file. */
export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    appendFileCommand('OUTPUT', keyValueBlock(name, value));
    return;
  }
  process.stdout.write(EOL);
  issueCommand('set-output', { name }, commandValue(value));
}

/** Masks `secret` in every later line of the job's log. */
export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret);
}

export function info(message: string): void {
  process.stdout.write(message + EOL);
}

/** Shown only when step debug logging is on. */
export function debug(message: string): void {
  issueCommand('debug', {}, message);
}

/** Where an annotation points (all optional): the runner shows it on that file and line in the run's page. */
export interface AnnotationProperties {
  readonly title?: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly endLine?: number;
  readonly startColumn?: number;
  readonly endColumn?: number;
}

function annotate(level: string, message: string | Error, where: AnnotationProperties): void {
  const properties: CommandProperties =
    Object.keys(where).length === 0
      ? {}
      : {
          title: where.title,
          file: where.file,
          line: where.startLine,
          endLine: where.endLine,
          col: where.startColumn,
          endColumn: where.endColumn,
        };
  issueCommand(level, properties, message instanceof Error ? message.toString() : message);
}

export function error(message: string | Error, where: AnnotationProperties = {}): void {
  annotate('error', message, where);
}

export function warning(message: string | Error, where: AnnotationProperties = {}): void {
  annotate('warning', message, where);
}

export function notice(message: string | Error, where: AnnotationProperties = {}): void {
  annotate('notice', message, where);
}

/** An error annotation, and the step fails (exit code 1) when the process ends. */
export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

/** Runs `fn` with its log lines folded under `name`. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issueCommand('group', {}, name);
  try {
    return await fn();
  } finally {
    issueCommand('endgroup', {}, '');
  }
}
