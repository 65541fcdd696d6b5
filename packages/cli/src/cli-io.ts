/** Where a command writes. Commands never touch process.stdout or process.exit themselves. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Environment variables, read once by bin.ts (tokens, OIDC variables). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Resolves when the user asks the process to stop (SIGINT/SIGTERM); long-running commands await it. */
  readonly stopSignal: Promise<string>;
}

/** Exit codes of the command-line contract (DESIGN.md). */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A wrong command line: printed with the usage and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command: takes its own arguments (after the subcommand name), returns the exit code. */
export type Command = (args: readonly string[], io: CliIo) => Promise<number>;
