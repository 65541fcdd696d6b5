import { formatGitlabClaims, gitlabRegistrationAdvice, isGitlabToken } from './gitlab-diagnostics';
import { type Claims, claim, formatClaims, type WorkflowContext, workflowContext } from './id-token';

/** What to register on PyPI (Publishing → Add a new publisher → GitHub) for these claims. */
export function registrationAdvice(claims: Claims): string {
  const repository = claim(claims, 'repository') ?? '<owner>/<repository>';
  const [owner, name] = repository.split('/');
  const context = workflowContext(claims);
  const file =
    context.kind === 'top-level'
      ? (context.file ?? '<workflow file>')
      : context.kind === 'reusable-same-repository'
        ? context.called.file
        : (context.callerFile ?? '<workflow file>');
  const environment = claim(claims, 'environment');
  return [
    'On PyPI, the project’s trusted publisher (Publishing → GitHub) must read:',
    `  owner:            ${owner ?? '?'} (id ${claim(claims, 'repository_owner_id') ?? '?'})`,
    `  repository:       ${name ?? '?'}`,
    `  workflow file:    ${file}`,
    `  environment:      ${environment ?? '(leave empty: this job declares no environment)'}`,
  ].join('\n');
}

/** Said before the exchange when the job runs inside a reusable workflow (PYPI.md §1 "Reusable workflows"). */
export function reusableWorkflowWarning(context: WorkflowContext): string | undefined {
  if (context.kind === 'reusable-other-repository') {
    const { repository, file } = context.called;
    return (
      `This job runs in the reusable workflow ${repository}/.github/workflows/${file}, which belongs to another ` +
      'repository. PyPI matches the publisher on job_workflow_ref, so the token exchange is expected to fail ' +
      `(invalid-publisher). ${TWO_WAYS}`
    );
  }
  if (context.kind === 'reusable-same-repository') {
    return (
      `This job runs in the reusable workflow ${context.called.file}, called by ${context.callerFile ?? 'another workflow'} ` +
      `of the same repository: the trusted publisher on PyPI must name ${context.called.file} (the called file), ` +
      'not the caller. PEP 740 attestations do not work in this mode.'
    );
  }
  return undefined;
}

/**
 * Said before the exchange when the claims show a pull-request event. The claims carry only `event_name` and `ref`
 * (refs/pull/N/merge), not whether the pull request comes from a fork: a fork's run would have no token at all.
 */
export function pullRequestWarning(claims: Claims): string | undefined {
  const eventName = claim(claims, 'event_name');
  if (eventName === 'pull_request_target') {
    return (
      `This job was triggered by pull_request_target (ref ${claim(claims, 'ref') ?? '?'}): PyPI refuses Trusted ` +
      'Publishing for this event, so the token exchange will fail. Publish on a push of a tag, a release or ' +
      'workflow_dispatch.'
    );
  }
  if (eventName !== 'pull_request') return undefined;
  return (
    `This job was triggered by pull_request (ref ${claim(claims, 'ref') ?? '?'}). Pull requests from forks get no ` +
    'OIDC token at all, and a publisher is rarely meant to accept pull-request runs: publishing should run on a ' +
    'push of a tag, a release or workflow_dispatch (use `dry-run` for pull requests).'
  );
}

const TWO_WAYS =
  'Two setups work: (1) publish from a job of your own repository’s workflow using the publish action ' +
  '(`uses: org/toolkit/actions/publish@v1`), with the build in the reusable workflow (`publish: false`); or ' +
  '(2) copy the reusable workflow into your repository (`uses: ./.github/workflows/pypi-release.yml`) and ' +
  'register that file as the publisher’s workflow.';

const CODE_EXPLANATIONS: Readonly<Record<string, string>> = {
  'invalid-payload':
    'The index could not read the token request: this is a bug of the publish client or the index.',
  'not-enabled':
    'Trusted Publishing is switched off on this index; use an API token (input `password`) meanwhile.',
  'invalid-token':
    'The index rejected the GitHub ID token itself (signature, audience, expiry or issuer). Check the repository URL ' +
    '(the audience comes from its host) and that the runner’s clock is right; re-run the job for a fresh token.',
  'invalid-pending-publisher':
    'A pending publisher matched, but the project already exists: on PyPI, remove the pending publisher and add ' +
    'the same settings as a regular publisher of the existing project.',
  'invalid-publisher':
    'No trusted publisher on the index matches this job. Compare the claims below with the publisher registered ' +
    'for the project: owner, repository, workflow file and environment must all match.',
  'invalid-reuse-token':
    'This GitHub ID token was already exchanged once; each token works once. This is a bug of the publish ' +
    'client if it happens on a first attempt: re-run the job.',
};

const GITLAB_EXPLANATIONS: Readonly<Record<string, string>> = {
  'invalid-token':
    'The index rejected the GitLab ID token itself (signature, audience, expiry or issuer). The id_tokens entry ' +
    'must set `aud` to the index’s audience (pypi; testpypi for TestPyPI); re-run the job for a fresh token.',
  'invalid-publisher':
    'No trusted publisher on the index matches this job. Compare the claims below with the GitLab publisher ' +
    'registered for the project: namespace, project, top-level pipeline file and environment must all match.',
  'invalid-reuse-token':
    'This GitLab ID token was already exchanged once; each token works once, and GitLab gives one per job: re-run ' +
    'the job.',
};

/** Explains a 422 from mint-token: each error, its meaning, the claims, and what to change. */
export function explainRefusal(
  errors: ReadonlyArray<{ code: string; description: string }>,
  claims: Claims | undefined,
): string {
  const gitlab = claims !== undefined && isGitlabToken(claims);
  const lines = [
    `The index refused to exchange the ${gitlab ? 'GitLab' : 'GitHub'} ID token for an upload token (422 Token request failed):`,
  ];
  for (const error of errors) {
    lines.push(`- ${error.code}: ${error.description}`);
    const explanation = gitlab
      ? (GITLAB_EXPLANATIONS[error.code] ?? CODE_EXPLANATIONS[error.code])
      : CODE_EXPLANATIONS[error.code];
    if (explanation) lines.push(`  ${explanation}`);
  }
  if (claims === undefined) return lines.join('\n');
  if (gitlab) {
    lines.push('', 'The token’s claims (the token itself is not shown):', formatGitlabClaims(claims));
    const codes = new Set(errors.map((e) => e.code));
    if (codes.has('invalid-publisher') || codes.has('invalid-pending-publisher')) {
      lines.push('', gitlabRegistrationAdvice(claims));
    }
    return lines.join('\n');
  }
  lines.push('', 'The token’s claims:', formatClaims(claims));
  const context = workflowContext(claims);
  const eventName = claim(claims, 'event_name');
  if (eventName === 'pull_request_target') {
    lines.push(
      '',
      'Runs triggered by pull_request_target can never publish: publish on push of a tag or on release.',
    );
  } else if (eventName === 'pull_request') {
    lines.push(
      '',
      'This run was triggered by a pull request (forks get no id-token permission): publish on push or release.',
    );
  }
  const codes = new Set(errors.map((e) => e.code));
  if (codes.has('invalid-publisher') && context.kind === 'reusable-other-repository') {
    const { repository, file } = context.called;
    lines.push(
      '',
      `The job runs in ${repository}/.github/workflows/${file}, a reusable workflow of another repository: ` +
        `GitHub sets job_workflow_ref to that file, and PyPI cannot match any publisher of ${claim(claims, 'repository') ?? 'your repository'} against it. ${TWO_WAYS}`,
    );
  } else if (codes.has('invalid-publisher') || codes.has('invalid-pending-publisher')) {
    const warning = reusableWorkflowWarning(context);
    lines.push('', registrationAdvice(claims));
    if (warning) lines.push(warning);
  }
  return lines.join('\n');
}
