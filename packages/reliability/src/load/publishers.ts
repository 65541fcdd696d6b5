import {
  apiTokenCredentials,
  createDispatcher,
  type Logger,
  type PublishResult,
  publish,
} from '@pypi-release/pypi-client';
import type { LocalRelease } from './releases';
import { type UploadSample, UploadTimer } from './upload-timer';

export interface PublishersRun {
  /** One per release, in order: what `publish()` returned or threw. */
  readonly outcomes: readonly PromiseSettledResult<PublishResult>[];
  /** Every warning the publishers logged (each a retry), prefixed with the project. */
  readonly warnings: readonly string[];
  readonly samples: readonly UploadSample[];
  readonly wallMs: number;
}

/**
 * Runs one `publish()` per release, all at once, each with its own connection pool (as separate CI jobs would)
 * and the default concurrency; every upload request is timed. After `deadlineMs` the pools are destroyed, so
 * the run ends even if the index stops answering.
 */
export async function runPublishers(
  releases: readonly LocalRelease[],
  index: { readonly uploadUrl: string; readonly simpleUrl: string },
  token: string,
  deadlineMs: number,
): Promise<PublishersRun> {
  const timer = new UploadTimer(index.uploadUrl);
  const warnings: string[] = [];
  const jobs = releases.map((release) => ({ release, agent: createDispatcher() }));
  const agents = jobs.map((job) => job.agent);
  const deadline = setTimeout(() => {
    const error = new Error(`the load run passed its ${deadlineMs / 1000} s deadline`);
    for (const agent of agents) void agent.destroy(error);
  }, deadlineMs);
  const started = performance.now();
  try {
    const outcomes = await Promise.allSettled(
      jobs.map(({ release, agent }) =>
        publish({
          paths: [release.dir],
          repositoryUrl: index.uploadUrl,
          simpleUrl: index.simpleUrl,
          credentials: async (endpoints) => apiTokenCredentials(token, endpoints.origin),
          dispatcher: agent.compose(timer.interceptor()),
          logger: warningsOf(release.project, warnings),
        }),
      ),
    );
    return { outcomes, warnings, samples: timer.samples, wallMs: performance.now() - started };
  } finally {
    clearTimeout(deadline);
    await Promise.all(agents.map((agent) => agent.close().catch(() => undefined)));
  }
}

/**
 * What the publishers themselves show went wrong: a `publish()` that threw or reported less than every file
 * uploaded and verified, a retry (the index answered a transient error or dropped a connection: with no fault
 * injected, that is an error under load), or an upload request that did not end in 200.
 */
export function publishProblems(releases: readonly LocalRelease[], run: PublishersRun): string[] {
  const problems: string[] = [];
  run.outcomes.forEach((outcome, i) => {
    const release = releases[i];
    if (!release) return;
    if (outcome.status === 'rejected') {
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      problems.push(`${release.project}: publish() threw: ${reason}`);
      return;
    }
    const uploaded = outcome.value.files.filter((f) => f.status === 'uploaded').length;
    if (uploaded !== release.files.length || !outcome.value.verified) {
      problems.push(
        `${release.project}: publish() reported ${uploaded} of ${release.files.length} files uploaded` +
          (outcome.value.verified ? '' : ', not verified'),
      );
    }
  });
  for (const warning of run.warnings) problems.push(`retry: ${warning}`);
  const failed = run.samples.filter((s) => s.status !== 200);
  if (failed.length > 0) {
    const first = failed[0];
    problems.push(
      `${failed.length} upload request(s) did not end in 200 (first: ${first?.status ?? first?.error ?? '?'})`,
    );
  }
  return problems;
}

function warningsOf(project: string, warnings: string[]): Logger {
  return {
    info: () => {},
    debug: () => {},
    warning: (message) => warnings.push(`${project}: ${message}`),
  };
}
