import type { Dispatcher } from 'undici';
import { apiTokenCredentials, type Credentials, TOKEN_USERNAME } from './credentials';
import type { IndexEndpoints } from './endpoints';
import { envIdTokenProvider, hasIdTokenEnvironment } from './env-id-token';
import { envTokenProvider } from './env-token';
import { PublishError } from './errors';
import type { Logger, MaskSecret } from './logger';
import { forkPullRequest, forkPullRequestError, readRunEvent } from './pull-request';
import { DEFAULT_RETRY_POLICY, systemClock } from './retry';
import { type IdTokenProvider, trustedPublishingCredentials } from './trusted-publishing';

/** Obtains the credentials once the pre-flight passed (`PublishOptions.credentials`). */
export type CredentialsFactory = (endpoints: IndexEndpoints) => Promise<Credentials>;

/** The environment variable a CI provider's ID token is read from by default (GitLab CI's `id_tokens`). */
export const DEFAULT_OIDC_TOKEN_ENV = 'PYPI_ID_TOKEN';

export interface CredentialSources {
  /** A password or API token, where it came from (for messages: `input \`password\``, `PYPI_TOKEN`…), its user. */
  readonly password?: {
    readonly value: string;
    readonly source: string;
    readonly username?: string | undefined;
  };
  readonly dryRun: boolean;
  /** The job's environment: the run's event, GitHub's ID token variables, `GITLAB_CI`, an ID token variable. */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** GitHub's ID tokens: the action passes `core.getIDToken`; default, the runner variables in `env`. */
  readonly getIdToken?: IdTokenProvider;
  /** The variable holding another CI provider's ID token (`--oidc-token-env`); GitLab CI's default PYPI_ID_TOKEN. */
  readonly oidcTokenEnv?: string | undefined;
  /** How a user of this entry point passes a token, for the "no credentials" error (e.g. "the input `password`"). */
  readonly tokenHint: string;
  readonly dispatcher: Dispatcher;
  readonly logger: Logger;
  readonly maskSecret?: MaskSecret;
}

/**
 * The one place that decides how a publish authenticates, for the action and the command line alike:
 * 1. a password (or API token) when one is given — an empty one is an unset secret, reported as such;
 * 2. a pull request from a fork is refused before any exchange (outside a dry run: GitHub gives it no token);
 * 3. Trusted Publishing with GitHub's ID token when the job may ask for one (`id-token: write`);
 * 4. Trusted Publishing with an ID token in an environment variable (GitLab CI, or `oidcTokenEnv`);
 * 5. nothing, for a dry run; else an error naming every way.
 * Secrets are masked the moment they exist (`maskSecret`); none is ever put in a message.
 */
export async function resolveCredentials(
  sources: CredentialSources,
): Promise<CredentialsFactory | undefined> {
  const { password, env } = sources;
  if (password !== undefined) {
    if (password.value.trim() === '') {
      throw new PublishError(
        'empty-token',
        `${password.source} is set but empty: the secret it comes from is unset or empty in this context (for ` +
          'example a workflow run from a fork, or a secret of another environment). Set it to an API token (or ' +
          "the account's password), or leave it out to use Trusted Publishing.",
      );
    }
    const username = password.username ?? TOKEN_USERNAME;
    return async (endpoints) =>
      apiTokenCredentials(password.value, endpoints.origin, sources.maskSecret, username);
  }
  const event = await readRunEvent(env);
  const fork = forkPullRequest(event);
  if (fork && !sources.dryRun) throw forkPullRequestError(fork, event.eventName ?? 'a pull request');
  const trusted =
    (getIdToken: IdTokenProvider): CredentialsFactory =>
    (endpoints) =>
      trustedPublishingCredentials({
        endpoints,
        getIdToken,
        dispatcher: sources.dispatcher,
        clock: systemClock,
        policy: DEFAULT_RETRY_POLICY,
        logger: sources.logger,
        ...(sources.maskSecret ? { maskSecret: sources.maskSecret } : {}),
      });
  if (hasIdTokenEnvironment(env)) {
    return trusted(sources.getIdToken ?? envIdTokenProvider(env, sources.dispatcher));
  }
  const gitlab = env.GITLAB_CI === 'true';
  if (gitlab || sources.oidcTokenEnv !== undefined) {
    const name = sources.oidcTokenEnv ?? DEFAULT_OIDC_TOKEN_ENV;
    return trusted(envTokenProvider(name, env[name], gitlab ? 'gitlab' : 'other'));
  }
  if (sources.dryRun) return undefined;
  throw noCredentials(sources.tokenHint);
}

/** Neither a token nor Trusted Publishing: every way, in one message (also `publish` without credentials). */
export function noCredentials(tokenHint: string): PublishError {
  return new PublishError(
    'no-credentials',
    `no credentials: pass an API token (${tokenHint}), or use Trusted Publishing — in GitHub Actions give the ` +
      'publish job `permissions: id-token: write` (pull requests from forks never get it); in GitLab CI add ' +
      `\`id_tokens: ${DEFAULT_OIDC_TOKEN_ENV}: aud: pypi\` to the job.`,
  );
}
