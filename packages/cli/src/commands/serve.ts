import { parseArgs } from 'node:util';
import { defaultConfig, type IndexConfig, IndexError, loadConfig, startIndex } from '@pypi-release/index';
import * as z from '@pypi-release/zod';
import { type Command, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-io';

const optionsSchema = z.strictObject({
  host: z._default(z.string().check(z.minLength(1)), '127.0.0.1'),
  port: z._default(
    z.coerce
      .number({ error: '--port must be a number' })
      .check(
        z.int('--port must be a whole number'),
        z.gte(0, '--port must be 0-65535'),
        z.lte(65535, '--port must be 0-65535'),
      ),
    0,
  ),
  'data-dir': z._default(z.string().check(z.minLength(1)), '.pypi-release-index'),
  config: z.optional(z.string().check(z.minLength(1))),
  'api-token': z.optional(z.string().check(z.minLength(8, '--api-token must have at least 8 characters'))),
  'html-only': z._default(z.boolean(), false),
  'auth-on-read': z._default(z.boolean(), false),
  policy: z.optional(z.enum(['pypi', 'generic'], { error: '--policy must be pypi or generic' })),
});

function parse(args: readonly string[]): z.output<typeof optionsSchema> {
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({
      args: [...args],
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        config: { type: 'string' },
        'api-token': { type: 'string' },
        'html-only': { type: 'boolean' },
        'auth-on-read': { type: 'boolean' },
        policy: { type: 'string' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const result = optionsSchema.safeParse(values);
  if (!result.success) {
    throw new UsageError(result.error.issues.map((i) => i.message).join('; '));
  }
  return result.data;
}

/** `--html-only`, `--auth-on-read` and `--policy` override the configuration file's settings. */
function withFlags(config: IndexConfig | undefined, options: z.output<typeof optionsSchema>): IndexConfig {
  const base = config ?? defaultConfig();
  return {
    ...base,
    htmlOnly: base.htmlOnly || options['html-only'],
    authOnRead: base.authOnRead || options['auth-on-read'],
    policy: options.policy ?? base.policy,
  };
}

/**
 * `pypi-release serve`: the local PyPI-compatible index. Prints its upload and simple URLs once listening,
 * runs until SIGINT/SIGTERM, then closes cleanly.
 */
export const serveCommand: Command = async (args, io) => {
  const options = parse(args);
  let config: IndexConfig | undefined;
  try {
    if (options.config) config = await loadConfig(options.config);
    config = withFlags(config, options);
    const index = await startIndex({
      host: options.host,
      port: options.port,
      dataDir: options['data-dir'],
      ...(config ? { config } : {}),
      ...(options['api-token'] ? { apiToken: options['api-token'] } : {}),
      onError: (error) =>
        io.stderr(`index: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    });
    const modes = [
      config.htmlOnly ? 'HTML only' : undefined,
      config.authOnRead ? 'authentication needed to read' : undefined,
      config.policy === 'generic' ? 'generic policy (accepts what only PyPI refuses)' : undefined,
    ].filter((m) => m !== undefined);
    io.stdout(
      `Upload URL: ${index.uploadUrl}\nSimple index: ${index.simpleUrl}\n` +
        (modes.length > 0 ? `Mode: ${modes.join(', ')}\n` : ''),
    );
    const signal = await io.stopSignal;
    io.stderr(`Received ${signal}, stopping the index.\n`);
    await index.close();
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    io.stderr(`${error.message}\n`);
    return EXIT_FAILED;
  }
};
