import { type CliIo, type Command, EXIT_FAILED, EXIT_USAGE, UsageError } from './cli-io';
import { BUILD_USAGE } from './commands/build-usage';
import { CHECK_USAGE } from './commands/check-usage';
import { PROVENANCE_USAGE } from './commands/provenance-usage';
import { PUBLISH_USAGE } from './commands/publish-usage';
import { cliVersion } from './version';

export const USAGE = `Usage: pypi-release <command> [options]

Commands:
  build        build the sdist and the wheel of a Python project (python -m build or uv build)
  check        run PyPI's acceptance rules on distributions
  publish      check, upload and verify a release (API token or Trusted Publishing)
  provenance   verify the PEP 740 provenance (attestations) of a release's files as an index serves them
  serve        run a local PyPI-compatible index
  oidc-issuer  run a local GitHub- or GitLab-shaped OIDC issuer (dry runs of Trusted Publishing)

Run \`pypi-release <command> --help\` for a command's options; \`pypi-release --version\` prints the version.`;

interface Entry {
  readonly run: () => Promise<Command>;
  readonly usage: string;
}

/** Subcommands are loaded on demand: `--version` loads none, `check` never pays for the index's SQLite. */
const COMMANDS: Record<string, Entry> = {
  build: { run: async () => (await import('./commands/build')).buildCommand, usage: BUILD_USAGE },
  check: { run: async () => (await import('./commands/check')).checkCommand, usage: CHECK_USAGE },
  publish: {
    run: async () => (await import('./commands/publish')).publishCommand,
    usage: PUBLISH_USAGE,
  },
  provenance: {
    run: async () => (await import('./commands/provenance')).provenanceCommand,
    usage: PROVENANCE_USAGE,
  },
  serve: {
    run: async () => (await import('./commands/serve')).serveCommand,
    usage:
      'Usage: pypi-release serve [--host 127.0.0.1] [--port N] [--data-dir DIR] [--config FILE] [--api-token T]\n' +
      '         [--html-only] [--auth-on-read] [--policy pypi|generic]\n\n' +
      'Username + password accounts come from the configuration file (`accounts`), never from the command line.',
  },
  'oidc-issuer': {
    run: async () => (await import('./commands/oidc-issuer')).oidcIssuerCommand,
    usage: `Usage: pypi-release oidc-issuer --repository OWNER/REPO [--port N] [--owner-id ID] [--workflow FILE]
         [--ref REF] [--environment NAME] [--event NAME] [--reusable-workflow OWNER/REPO/FILE@REF]
       pypi-release oidc-issuer --gitlab-project NAMESPACE/PROJECT [--port N] [--ci-config-path FILE]
         [--ref TAG] [--environment NAME] [--audience pypi]   (prints one GitLab-shaped token for PYPI_ID_TOKEN)`,
  },
};

/** Runs the command line `args` (without node and the script); returns the exit status. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = args;
  if (name === undefined || name === '--help' || name === '-h') {
    io.stdout(`${USAGE}\n`);
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${cliVersion()}\n`);
    return 0;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    io.stderr(`pypi-release: unknown command "${name}"\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${entry.usage}\n`);
    return 0;
  }
  try {
    return await (await entry.run())(rest, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))
    ) {
      io.stderr(`pypi-release ${name}: ${error.message}\n\n${entry.usage}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`pypi-release ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}
