import { EOL } from 'node:os';

/**
 * Workflow commands, as the runner reads them from a step's standard output: `::name key=value,…::message`.
 * The escaping is the runner's: `%`, CR and LF in the message; those and `:` and `,` in a property value.
 */
export type CommandProperties = Readonly<Record<string, string | number | boolean | undefined>>;

function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A value as the runner should see it: strings as they are, nothing as '', anything else as JSON. */
export function commandValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** A command line. Properties with an empty value (or 0, or false) are left out, as the runner ignores them. */
export function formatCommand(name: string, properties: CommandProperties, message: string): string {
  const keys = Object.keys(properties);
  const pairs = keys
    .filter((key) => Boolean(properties[key]))
    .map((key) => `${key}=${escapeProperty(commandValue(properties[key]))}`);
  // A space follows the name whenever properties were given, even if all were empty (as @actions/core writes it).
  return `::${name}${keys.length > 0 ? ` ${pairs.join(',')}` : ''}::${escapeData(message)}`;
}

export function issueCommand(name: string, properties: CommandProperties, message: string): void {
  process.stdout.write(formatCommand(name, properties, message) + EOL);
}
