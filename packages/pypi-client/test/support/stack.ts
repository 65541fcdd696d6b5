import { rm } from 'node:fs/promises';
import { type IndexConfigInput, parseConfig, type RunningIndex, startIndex } from '@pypi-release/index';
import { type JobClaimsInput, jobClaims, type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { tempDir } from '@pypi-release/testkit';
import { Agent } from 'undici';
import type { Clock, Logger } from '../../src/index';

export const API_TOKEN = 'pypi-test-api-token-canary-7f3a9c';
export const REPOSITORY = 'octo-org/demo';
export const OWNER_ID = '1000001';
export const JOB: JobClaimsInput = { repository: REPOSITORY, ownerId: OWNER_ID, environment: 'pypi' };

export const PUBLISHER = {
  repository: REPOSITORY,
  repositoryOwnerId: OWNER_ID,
  workflow: 'release.yml',
  environment: 'pypi',
  projects: ['demo-pkg'],
};

/** An OIDC issuer and an index that trusts it, on loopback; `close` stops both and removes the data. */
export interface Stack {
  readonly issuer: OidcIssuer;
  readonly index: RunningIndex;
  readonly agent: Agent;
  close(): Promise<void>;
}

export async function startStack(
  config: (issuerUrl: string) => IndexConfigInput = (url) => ({
    trustedPublishing: { issuer: url, publishers: [PUBLISHER] },
  }),
  options: { clock?: () => number } = {},
): Promise<Stack> {
  const clock = options.clock ? { clock: options.clock } : {};
  const issuer = await startOidcIssuer({ job: jobClaims(JOB), ...clock });
  const data = await tempDir('pypi-client-index-');
  const index = await startIndex({
    dataDir: data.path,
    apiToken: API_TOKEN,
    faults: true,
    ...clock,
    config: parseConfig(config(issuer.url), 'test'),
  });
  const agent = new Agent();
  return {
    issuer,
    index,
    agent,
    async close() {
      await agent.close();
      await index.close();
      await issuer.close();
      await data.cleanup();
    },
  };
}

/** Adds faults through the index's admin endpoint. */
export async function addFaults(index: RunningIndex, faults: unknown[]): Promise<void> {
  const response = await fetch(`${index.url}/_admin/faults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ faults }),
  });
  if (!response.ok) throw new Error(`adding faults: ${response.status} ${await response.text()}`);
}

/** A logger that keeps every line, by level. */
export function recordingLogger(): Logger & { lines: string[]; text(): string } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    debug: (m) => lines.push(`debug: ${m}`),
    text: () => lines.join('\n'),
  };
}

/** Real time, but waits are recorded instead of slept. */
export function recordingClock(offset: { ms: number } = { ms: 0 }): Clock & { sleeps: number[] } {
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => Date.now() + offset.ms,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    random: () => 0.5,
  };
}

export async function removeDir(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true });
}
