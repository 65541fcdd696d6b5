import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ActionResult, runAction } from '@pypi-release/actions-runtime';
import type { ArtifactService, Faults } from '@pypi-release/artifact-service';
import type { OidcIssuer } from '@pypi-release/oidc-issuer';
import { compareLanded, type Damage, readLanded } from '../landed';
import type { BuiltRelease } from '../release-fixture';
import type { SecretScanner } from '../secret-scanner';
import { startTrustedIndex } from '../trusted-index';

const ACTIONS = join(import.meta.dirname, '../../../../actions');

/** A fault of the artifact service (Twirp API or blob download), armed right before the publish job runs. */
export interface ArtifactFault {
  readonly id: string;
  readonly position: string;
  readonly arm: (faults: Faults, runId: number) => void;
  /** Whether the publish job must survive it (a transient fault) or fail cleanly (an outage). */
  readonly survivable: boolean;
  readonly cause: RegExp;
}

const truncated = (label: string, fraction: number): ArtifactFault => ({
  id: 'blob download truncated',
  position: label,
  arm: (f, runId) => f.truncateNextDownload((size) => Math.floor(size * fraction), runId),
  survivable: false,
  cause: /the artifact service failed while downloading the artifact "release-dists"/,
});

export const ARTIFACT_FAULTS: readonly ArtifactFault[] = [
  {
    id: 'artifact service 5xx',
    position: 'first call',
    arm: (f, runId) => f.failNextCalls(1, { status: 503, runId }),
    survivable: true,
    cause: /503/,
  },
  {
    id: 'artifact service 5xx',
    position: 'GetSignedArtifactURL',
    arm: (f, runId) => f.failNextCalls(1, { status: 500, method: 'GetSignedArtifactURL', runId }),
    survivable: true,
    cause: /500/,
  },
  {
    id: 'artifact service 5xx',
    position: 'every call (outage)',
    arm: (f, runId) => f.failNextCalls(100, { status: 502, runId }),
    survivable: false,
    cause: /the artifact service failed while listing the artifacts of this run: .*502/,
  },
  truncated('at the first file (5%)', 0.05),
  truncated('at the middle file (50%)', 0.5),
  truncated('at the last file (95%)', 0.95),
];

export interface ArtifactRun {
  readonly result: ActionResult;
  readonly landed: number;
  readonly damage: Damage;
}

/**
 * One artifact case through the real bundled actions and the real `@actions/artifact` client: collect-dists
 * uploads the release artifact of a fresh run, the fault is armed, the publish action downloads, verifies and
 * publishes with Trusted Publishing; then the fault is cleared and the publish job re-run.
 */
export async function runArtifactCase(
  release: BuiltRelease,
  fault: ArtifactFault,
  env: { dir: string; runId: number; issuer: OidcIssuer; service: ArtifactService; scanner: SecretScanner },
): Promise<{ first: ArtifactRun; rerun: ArtifactRun }> {
  await mkdir(env.dir, { recursive: true });
  const collect = await runAction({
    actionDir: join(ACTIONS, 'collect-dists'),
    inputs: { path: release.dir, upload: 'true', 'artifact-name': 'release-dists' },
    env: env.service.envFor(env.runId, 1),
  });
  scanResult(env.scanner, `collect-dists (run ${env.runId})`, collect);
  if (collect.exitCode !== 0) throw new Error(`collect-dists failed: ${collect.stdout}\n${collect.stderr}`);
  const index = await startTrustedIndex(env.dir, env.issuer, release.name, env.scanner);
  try {
    const publishJob = async (job: number): Promise<ArtifactRun> => {
      const result = await runAction({
        actionDir: join(ACTIONS, 'publish'),
        inputs: {
          'artifact-name': 'release-dists',
          'expected-digests': collect.outputs.digests ?? '',
          'repository-url': index.uploadUrl,
          'skip-existing': 'true',
        },
        env: {
          ...env.service.envFor(env.runId, job),
          ACTIONS_ID_TOKEN_REQUEST_URL: env.issuer.requestUrl,
          ACTIONS_ID_TOKEN_REQUEST_TOKEN: env.issuer.requestToken,
        },
        timeoutMs: 120_000,
      });
      const landed = await readLanded(index.simpleUrl, release.name);
      return { result, landed: landed.length, damage: compareLanded(release.files, landed) };
    };
    fault.arm(env.service.faults, env.runId);
    const first = await publishJob(2);
    env.service.faults.clear(env.runId);
    const rerun = await publishJob(3);
    return { first, rerun };
  } finally {
    env.service.faults.clear(env.runId);
    await index.close(100);
  }
}

/** Every text an action run shows: its log, stderr, job summary, outputs and annotations. */
export function scanResult(scanner: SecretScanner, place: string, result: ActionResult): void {
  scanner.scanShown(place, { log: result.stdout, summary: result.summary, outputs: result.outputs });
  scanner.scanLines(`${place} stderr`, result.stderr);
  for (const a of result.annotations) scanner.scan(`${place} annotation`, a.message);
}

/** The failure the action reported (its `setFailed` message), or its log's tail. */
export function failureText(result: ActionResult): string {
  const failed = result.annotations.filter((a) => a.level === 'error').map((a) => a.message);
  return failed.length > 0 ? failed.join('\n') : result.stdout.split('\n').slice(-5).join('\n');
}
