import {
  type createDispatcher,
  type IdTokenProvider,
  type Logger,
  type PublishOptions,
  resolveCredentials,
} from '@pypi-release/pypi-client';
import * as core from '@pypi-release/workflow-commands';

/** The action's inputs handed to pypi-client's `resolveCredentials`, which decides (and words every error). */
export function chooseCredentials(
  inputs: { readonly password?: string | undefined; readonly username: string; readonly dryRun: boolean },
  env: Readonly<Record<string, string | undefined>>,
  dispatcher: ReturnType<typeof createDispatcher>,
  logger: Logger,
  /** The runner's ID tokens; undefined when the job has no `id-token: write` (resolveCredentials says so). */
  getIdToken: IdTokenProvider | undefined,
): Promise<PublishOptions['credentials']> {
  return resolveCredentials({
    ...(inputs.password !== undefined
      ? { password: { value: inputs.password, source: 'the input `password`', username: inputs.username } }
      : {}),
    dryRun: inputs.dryRun,
    env,
    ...(getIdToken ? { getIdToken } : {}),
    tokenHint:
      'the input `password`, from `secrets.PYPI_API_TOKEN`; a secret that is unset or unavailable here, as in a run from a fork, arrives empty',
    dispatcher,
    logger,
    maskSecret: core.setSecret,
  });
}
