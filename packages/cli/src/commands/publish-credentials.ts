import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type createDispatcher,
  type Logger,
  PublishError,
  type PublishOptions,
  PYPI_UPLOAD_URL,
  type PypircRepository,
  pypircRepositories,
  pypircRepository,
  resolveCredentials,
} from '@pypi-release/pypi-client';
import type { CliIo } from '../cli-io';

/** Where to upload and with which account, resolved as twine does (flags > environment > .pypirc). */
export interface Target {
  readonly repositoryUrl: string;
  readonly username: string | undefined;
  readonly password: string | undefined;
  /** Where the password came from, for messages (never the value). */
  readonly passwordSource: string | undefined;
}

export interface TargetFlags {
  readonly repositoryUrl: string | undefined;
  readonly repository: string | undefined;
  readonly configFile: string | undefined;
  readonly username: string | undefined;
}

/**
 * twine's rules (twine/utils.py `get_repository_from_config`, `get_userpass_value`): `--repository-url` wins and
 * then the .pypirc is not read at all; else the `--repository` section (default `pypi`) of `--config-file`
 * (default ~/.pypirc, which may be absent; a named file must exist). Username and password: flag, then
 * environment (PYPI_USERNAME; PYPI_TOKEN), then the .pypirc section. The username defaults to `__token__`.
 */
export async function resolveTarget(flags: TargetFlags, env: CliIo['env']): Promise<Target> {
  let section: PypircRepository | undefined;
  let repositoryUrl = flags.repositoryUrl;
  if (repositoryUrl === undefined) {
    const { text, source } = await readPypirc(flags.configFile, env);
    if (text === undefined && flags.repository === undefined) {
      section = { name: 'pypi', repository: PYPI_UPLOAD_URL, username: undefined, password: undefined };
    } else {
      section = pypircRepository(pypircRepositories(text, source), flags.repository ?? 'pypi', source);
    }
    repositoryUrl = section.repository ?? PYPI_UPLOAD_URL;
  }
  const username = flags.username ?? nonEmpty(env.PYPI_USERNAME) ?? section?.username;
  const fromEnv = env.PYPI_TOKEN;
  const password = fromEnv ?? section?.password;
  const passwordSource =
    fromEnv !== undefined
      ? 'PYPI_TOKEN'
      : section?.password !== undefined
        ? `.pypirc [${section.name}]`
        : undefined;
  return { repositoryUrl, username, password, passwordSource };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

async function readPypirc(
  configFile: string | undefined,
  env: CliIo['env'],
): Promise<{ text: string | undefined; source: string }> {
  const path = configFile ?? (env.HOME ? join(env.HOME, '.pypirc') : undefined);
  if (path === undefined) return { text: undefined, source: '~/.pypirc' };
  try {
    return { text: await readFile(path, 'utf8'), source: path };
  } catch (cause) {
    const missing = (cause as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && configFile === undefined) return { text: undefined, source: path };
    throw new PublishError(
      'invalid-config',
      `${path}: cannot read the --config-file (${missing ? 'no such file' : String(cause)}); check the path.`,
      { cause },
    );
  }
}

export interface CredentialOptions {
  readonly target: Target;
  readonly dryRun: boolean;
  /** The environment variable holding a CI provider's ID token (GitLab: `id_tokens`), default PYPI_ID_TOKEN. */
  readonly oidcTokenEnv: string | undefined;
}

/** The command line's sources (flags, environment, .pypirc) handed to pypi-client's `resolveCredentials`. */
export function credentialsFor(
  options: CredentialOptions,
  env: CliIo['env'],
  dispatcher: ReturnType<typeof createDispatcher>,
  logger: Logger,
): Promise<PublishOptions['credentials']> {
  const { target } = options;
  return resolveCredentials({
    ...(target.password !== undefined
      ? {
          password: {
            value: target.password,
            source: target.passwordSource ?? 'the password',
            username: target.username,
          },
        }
      : {}),
    dryRun: options.dryRun,
    env,
    oidcTokenEnv: options.oidcTokenEnv,
    tokenHint: 'PYPI_TOKEN, with PYPI_USERNAME for an account, or a .pypirc section',
    dispatcher,
    logger,
  });
}
