import * as core from '@actions/core';
import {
  apiTokenCredentials,
  type createDispatcher,
  DEFAULT_RETRY_POLICY,
  forkPullRequest,
  forkPullRequestError,
  hasIdTokenEnvironment,
  type Logger,
  missingIdTokenPermission,
  PublishError,
  type PublishOptions,
  readRunEvent,
  systemClock,
  trustedPublishingCredentials,
} from '@pypi-release/pypi-client';

/**
 * The input `password` (with `username`, default `__token__`) when given; else, for a pull request from a fork, an error saying why it cannot publish;
 * else Trusted Publishing through `core.getIDToken` when the job has `id-token: write`; else, outside a dry run,
 * an error naming both ways.
 */
export async function chooseCredentials(
  inputs: { readonly password?: string | undefined; readonly username: string; readonly dryRun: boolean },
  env: Readonly<Record<string, string | undefined>>,
  dispatcher: ReturnType<typeof createDispatcher>,
  logger: Logger,
): Promise<PublishOptions['credentials']> {
  const { password } = inputs;
  if (password !== undefined) {
    return async (e) => apiTokenCredentials(password, e.origin, core.setSecret, inputs.username);
  }
  const event = await readRunEvent(env);
  const fork = forkPullRequest(event);
  if (fork && !inputs.dryRun) throw forkPullRequestError(fork, event.eventName ?? 'a pull request');
  if (hasIdTokenEnvironment(env)) {
    return (endpoints) =>
      trustedPublishingCredentials({
        endpoints,
        getIdToken: (audience) => core.getIDToken(audience),
        dispatcher,
        clock: systemClock,
        policy: DEFAULT_RETRY_POLICY,
        logger,
        maskSecret: core.setSecret,
      });
  }
  if (inputs.dryRun) return undefined;
  throw new PublishError(
    'no-credentials',
    `${missingIdTokenPermission().message}\nIf you meant to pass an API token through \`password\`, it is empty: the ` +
      'secret is unset or unavailable here (workflows triggered from forks get no secrets).',
  );
}
