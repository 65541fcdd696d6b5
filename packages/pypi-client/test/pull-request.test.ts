import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { describe, expect, it } from 'vitest';
import { forkPullRequest, forkPullRequestError, pullRequestWarning, readRunEvent } from '../src/index';

function pullRequest(head: string | null, base: string): unknown {
  return {
    pull_request: {
      head: { repo: head === null ? null : { full_name: head } },
      base: { repo: { full_name: base } },
    },
  };
}

describe('pull requests from forks', () => {
  it('recognises a pull request whose head repository is another one', () => {
    const fork = forkPullRequest({
      eventName: 'pull_request',
      payload: pullRequest('alice/demo', 'octo/demo'),
    });
    expect(fork).toEqual({ head: 'alice/demo', base: 'octo/demo' });
  });

  it('treats a pull request between branches of the same repository as no fork', () => {
    const event = { eventName: 'pull_request', payload: pullRequest('Octo/Demo', 'octo/demo') };
    expect(forkPullRequest(event)).toBeUndefined();
  });

  it('treats a pull request from a deleted fork as a fork', () => {
    const fork = forkPullRequest({ eventName: 'pull_request', payload: pullRequest(null, 'octo/demo') });
    expect(fork?.head).toBe('(a deleted fork)');
  });

  it('ignores other events and unreadable payloads', () => {
    expect(forkPullRequest({ eventName: 'push', payload: pullRequest('a/b', 'c/d') })).toBeUndefined();
    expect(forkPullRequest({ eventName: 'pull_request', payload: undefined })).toBeUndefined();
  });

  it('explains that forks get no OIDC token and where to publish instead', () => {
    const error = forkPullRequestError({ head: 'alice/demo', base: 'octo/demo' }, 'pull_request');
    expect(error.code).toBe('fork-pull-request');
    expect(error.isUserError).toBe(true);
    expect(error.message).toContain('from the fork alice/demo into octo/demo');
    expect(error.message).toContain('no OIDC token');
    expect(error.message).toContain('push of a tag, a release or workflow_dispatch');
  });

  it('reads the event from GITHUB_EVENT_NAME and GITHUB_EVENT_PATH', async () => {
    const dir = await tempDir('run-event-');
    try {
      const path = join(dir.path, 'event.json');
      await writeFile(path, JSON.stringify(pullRequest('alice/demo', 'octo/demo')));
      const event = await readRunEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: path });
      expect(forkPullRequest(event)).toEqual({ head: 'alice/demo', base: 'octo/demo' });
      const missing = await readRunEvent({
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: join(dir.path, 'absent.json'),
      });
      expect(missing.payload).toBeUndefined();
    } finally {
      await dir.cleanup();
    }
  });
});

describe('pull-request claims', () => {
  it('warns about a pull_request run before the exchange, naming the ref', () => {
    const warning = pullRequestWarning({ event_name: 'pull_request', ref: 'refs/pull/7/merge' });
    expect(warning).toContain('triggered by pull_request (ref refs/pull/7/merge)');
    expect(warning).toContain('Pull requests from forks get no OIDC token');
  });

  it('warns that pull_request_target is refused', () => {
    expect(pullRequestWarning({ event_name: 'pull_request_target' })).toContain('PyPI refuses');
  });

  it('says nothing for a push', () => {
    expect(pullRequestWarning({ event_name: 'push', ref: 'refs/tags/v1' })).toBeUndefined();
  });
});
