import { readFile } from 'node:fs/promises';
import * as z from '@pypi-release/zod';
import { PublishError } from './errors';

/** What the runner says about the event that started the run: `GITHUB_EVENT_NAME` and the parsed `GITHUB_EVENT_PATH`. */
export interface RunEvent {
  readonly eventName: string | undefined;
  readonly payload: unknown;
}

/** Reads the run's event from the runner's variables (passed in); an absent or unreadable payload is `undefined`. */
export async function readRunEvent(env: Readonly<Record<string, string | undefined>>): Promise<RunEvent> {
  const eventName = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!path || !PULL_REQUEST_EVENTS.has(eventName ?? '')) return { eventName, payload: undefined };
  try {
    return { eventName, payload: JSON.parse(await readFile(path, 'utf8')) as unknown };
  } catch {
    return { eventName, payload: undefined };
  }
}

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_review', 'pull_request_review_comment']);

const pullRequestSchema = z.object({
  pull_request: z.object({
    head: z.object({ repo: z.nullable(z.object({ full_name: z.string() })) }),
    base: z.object({ repo: z.object({ full_name: z.string() }) }),
  }),
});

/** The fork and the base repository when the run was started by a pull request from a fork; else undefined. */
export function forkPullRequest(event: RunEvent): { head: string; base: string } | undefined {
  if (!PULL_REQUEST_EVENTS.has(event.eventName ?? '')) return undefined;
  const parsed = pullRequestSchema.safeParse(event.payload);
  if (!parsed.success) return undefined;
  const base = parsed.data.pull_request.base.repo.full_name;
  const head = parsed.data.pull_request.head.repo?.full_name ?? '(a deleted fork)';
  return head.toLowerCase() === base.toLowerCase() ? undefined : { head, base };
}

/**
 * The error for a run of a pull request from a fork, said before any token exchange: GitHub gives such runs
 * neither an OIDC token nor secrets, by design, so they can never publish.
 */
export function forkPullRequestError(fork: { head: string; base: string }, eventName: string): PublishError {
  return new PublishError(
    'fork-pull-request',
    `This run was triggered by ${eventName} from the fork ${fork.head} into ${fork.base}. GitHub gives runs of ` +
      'pull requests from forks no OIDC token (`id-token: write` is downgraded) and no secrets, so they cannot ' +
      'publish, with Trusted Publishing or with an API token. Publish from a workflow of ' +
      `${fork.base} triggered by a push of a tag, a release or workflow_dispatch; for pull requests, run the ` +
      "publish step with `dry-run: true` or skip it (`if: github.event_name != 'pull_request'`).",
  );
}
