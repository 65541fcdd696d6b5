import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  apiTokenCredentials,
  type Credentials,
  type createDispatcher,
  DEFAULT_RETRY_POLICY,
  envIdTokenProvider,
  envTokenProvider,
  forkPullRequest,
  forkPullRequestError,
  hasIdTokenEnvironment,
  type Logger,
  PublishError,
  type PublishOptions,
  PYPI_UPLOAD_URL,
  type PypircRepository,
  pypircRepositories,
  pypircRepository,
  readRunEvent,
  systemClock,
  TOKEN_USERNAME,
  trustedPublishingCredentials,
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

type CredentialsFactory = NonNullable<PublishOptions['credentials']>;
const DEFAULT_OIDC_TOKEN_ENV = 'PYPI_ID_TOKEN';

/**
 * A password (flag, env, .pypirc); else Trusted Publishing: GitHub's runner variables, or an ID token in an
 * environment variable (GitLab CI's `id_tokens`, detected by GITLAB_CI, or any `--oidc-token-env`).
 */
export async function credentialsFor(
  options: CredentialOptions,
  env: CliIo['env'],
  dispatcher: ReturnType<typeof createDispatcher>,
  logger: Logger,
): Promise<CredentialsFactory | undefined> {
  const { target } = options;
  if (target.password !== undefined) {
    if (target.password.trim() === '') {
      throw new PublishError(
        'empty-token',
        `${target.passwordSource ?? 'the password'} is set but empty: set it to an API token (or the account's ` +
          'password), or unset it to use Trusted Publishing.',
      );
    }
    const { password } = target;
    const username = target.username ?? TOKEN_USERNAME;
    return async (endpoints): Promise<Credentials> =>
      apiTokenCredentials(password, endpoints.origin, undefined, username);
  }
  const event = await readRunEvent(env);
  const fork = forkPullRequest(event);
  if (fork && !options.dryRun) throw forkPullRequestError(fork, event.eventName ?? 'a pull request');
  const trusted = (getIdToken: (audience: string) => Promise<string>): CredentialsFactory => {
    return (endpoints) =>
      trustedPublishingCredentials({
        endpoints,
        getIdToken,
        dispatcher,
        clock: systemClock,
        policy: DEFAULT_RETRY_POLICY,
        logger,
      });
  };
  if (hasIdTokenEnvironment(env)) return trusted(envIdTokenProvider(env, dispatcher));
  const tokenEnv = options.oidcTokenEnv ?? DEFAULT_OIDC_TOKEN_ENV;
  const gitlab = env.GITLAB_CI === 'true';
  if (gitlab || options.oidcTokenEnv !== undefined) {
    return trusted(envTokenProvider(tokenEnv, env[tokenEnv], gitlab ? 'gitlab' : 'other'));
  }
  if (options.dryRun) return undefined;
  throw new PublishError(
    'no-credentials',
    'no credentials: set PYPI_TOKEN to an API token (or PYPI_USERNAME and PYPI_TOKEN, or a .pypirc section), or ' +
      'use Trusted Publishing: in GitHub Actions give the job `permissions: id-token: write`; in GitLab CI add ' +
      `\`id_tokens: ${DEFAULT_OIDC_TOKEN_ENV}: aud: pypi\` to the job.`,
  );
}
