export { type CliIo, type Command, EXIT_FAILED, EXIT_OK, EXIT_USAGE, UsageError } from './cli-io';
export { formatReport, toJson } from './commands/check';
export { runCli, USAGE } from './main';
