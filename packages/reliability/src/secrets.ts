import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { createKeySource, type RunningIndex, startIndex } from '@pypi-release/index';
import { startOidcIssuer } from '@pypi-release/oidc-issuer';
import { type ReceivedRequest, startLocalSigstore } from '@pypi-release/sigstore-local';
import { TOOL_PYTHON, tempDir, writePythonProject } from '@pypi-release/testkit';
import {
  runWorkflow,
  seedDataDir,
  toolkitSeedWheels,
  type WorkflowRunResult,
} from '@pypi-release/workflow-runner';
import { unzipSync } from 'fflate';
import type { SecretKind, SecretScanner } from './secret-scanner';
import { SectionBuilder, type SectionReport } from './section';
import { PUBLISHER, startTrustedIndex } from './trusted-index';

const CALLERS = join(import.meta.dirname, '../../../test/fixtures/workflows');
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const SECTION = 'secrets';

/** An end-to-end run of an example caller, and whether it must publish. */
export interface Scenario {
  readonly id: string;
  readonly caller: string;
  readonly publishes: boolean;
  readonly apiToken: boolean;
  readonly rejectApproval?: boolean;
  /** Runs again on the index of the scenario before it (a re-run of the same release). */
  readonly again?: boolean;
  /** The publish job signs PEP 740 attestations (with the local Sigstore). */
  readonly attests?: boolean;
}

export const SCENARIOS: readonly Scenario[] = [
  { id: 'one-line call, API token', caller: 'pure-python.yml', publishes: true, apiToken: true },
  {
    id: 're-run of the finished release',
    caller: 'pure-python.yml',
    publishes: true,
    apiToken: true,
    again: true,
  },
  {
    id: 'publish: false + own publish job, Trusted Publishing',
    caller: 'trusted-publishing.yml',
    publishes: true,
    apiToken: false,
    attests: true,
  },
  {
    id: 'one-line call, Trusted Publishing refused',
    caller: 'pure-python.yml',
    publishes: false,
    apiToken: false,
  },
  {
    id: 'rejected approval',
    caller: 'pure-python.yml',
    publishes: false,
    apiToken: true,
    rejectApproval: true,
  },
];

/**
 * The example callers run end to end on the local stack with canary secrets (the API token, every OIDC JWT
 * the issuer signs — those of audience `sigstore` that went to Fulcio apart —, every upload token the index mints,
 * the runner's tokens), each run's log lines, job summaries, outputs, artifact files, attestation files and index
 * files scanned for them. Open once, run the scenarios in order (a re-run uses the index of the scenario before
 * it), then read the canaries row; the scanner may also hold what the fault matrix scanned (`pnpm bench`).
 */
export interface SecretScan {
  runScenario(scenario: Scenario): Promise<SectionReport>;
  /** The `canaries found` row: every place scanned so far, every leak, and the canaries registered. */
  canaries(): SectionReport;
  close(): Promise<void>;
}

export async function openSecretScan(scanner: SecretScanner): Promise<SecretScan> {
  const work = await tempDir('secret-scan-');
  // The issuer signs as GitHub's, so that the local Sigstore's certificates pass the index's publisher policy.
  const [issuer, service] = await Promise.all([
    startOidcIssuer({ issuer: GITHUB_ISSUER }),
    startArtifactService(),
  ]);
  // Every request Fulcio and Rekor get is scanned too: the Sigstore token may go to Fulcio, and nothing else may.
  const sigstoreRequests: Array<{ service: string; request: ReceivedRequest }> = [];
  const sigstore = await startLocalSigstore({
    issuers: [{ issuer: GITHUB_ISSUER, jwksUrl: `${issuer.url}/.well-known/jwks` }],
    onRequest: (service, request) => sigstoreRequests.push({ service, request }),
  });
  const attesting = {
    issuer: GITHUB_ISSUER,
    keySource: createKeySource(GITHUB_ISSUER, {
      fetch: (url, init) => fetch(String(url).replace(GITHUB_ISSUER, issuer.url), init),
    }),
    sigstoreTrustedRoot: sigstore.trustedRoot,
  };
  const apiToken = `pypi-canary-api-token-${randomBytes(16).toString('hex')}`;
  scanner.add('api-token', apiToken);
  scanner.add('runner-token', issuer.requestToken);
  const artifacts: ArtifactService = {
    ...service,
    envFor: (runId, jobId) => {
      const env = service.envFor(runId, jobId);
      if (env.ACTIONS_RUNTIME_TOKEN) scanner.add('runner-token', env.ACTIONS_RUNTIME_TOKEN);
      return env;
    },
  };
  const placesBefore = scanner.places;
  const leaksBefore = scanner.leaks.length;
  const project = join(work.path, 'project');
  let index: RunningIndex | undefined;
  let runId = 72_000;
  let wheels: Awaited<ReturnType<typeof toolkitSeedWheels>> | undefined;
  const close = async (): Promise<void> => {
    await index?.close();
    await Promise.all([issuer.close(), service.close(), sigstore.close()]);
    await work.cleanup();
  };
  try {
    await writePythonProject(project, { name: 'secret-scan', version: '1.0.0' });
    // The runner stands in for a fresh runner: the builds install their frontend and backends from the index.
    wheels = await toolkitSeedWheels(join(CALLERS, '../../..'), TOOL_PYTHON);
  } catch (error) {
    await close();
    throw error;
  }
  const seedWheels = wheels;
  return {
    async runScenario(scenario) {
      const section = new SectionBuilder(SECTION);
      const dir = join(work.path, `scenario-${++runId}`);
      if (!scenario.again) {
        await index?.close();
        index = undefined;
        await seedDataDir(join(dir, 'index'), seedWheels, startIndex);
        index = await startTrustedIndex(dir, issuer, 'secret-scan', scanner, apiToken, attesting);
      }
      if (!index)
        throw new Error(`scenario "${scenario.id}" re-runs a release, but no scenario ran before it`);
      const result = await runWorkflow({
        caller: join(CALLERS, scenario.caller),
        project,
        workDir: join(dir, 'jobs'),
        issuer,
        artifacts,
        repositoryUrl: index.uploadUrl,
        callerRepository: PUBLISHER.repository,
        ownerId: PUBLISHER.repositoryOwnerId,
        workflowFile: PUBLISHER.workflow,
        runId,
        sigstore,
        ...(scenario.apiToken ? { secrets: { PYPI_API_TOKEN: apiToken } } : {}),
        ...(scenario.rejectApproval ? { rejectApproval: true } : {}),
      });
      for (const jwt of issuer.issued)
        scanner.add(audienceOf(jwt) === 'sigstore' ? 'sigstore-jwt' : 'oidc-jwt', jwt);
      const before = scanner.places;
      const certificates = sigstore.counts.certificates;
      scanRun(scanner, scenario.id, result);
      const attestations = await scanAttestations(scanner, scenario.id, result);
      const sigstoreSeen = sigstoreRequests.length;
      for (const { service, request } of sigstoreRequests.splice(0)) {
        const sent = `${JSON.stringify(request.headers)}\n${request.body}`;
        const allowed = new Set<SecretKind>(service === 'fulcio' ? ['sigstore-jwt'] : []);
        scanner.scan(`${scenario.id} ${service} ${request.method} ${request.path}`, sent, allowed);
      }
      await scanArtifacts(scanner, scenario.id, service, runId);
      await scanIndex(scanner, scenario.id, index.storage.dataDir);
      // A scenario that attests must have signed (and scanned) an attestation per file; the others none.
      const attested = scenario.attests
        ? attestations > 0 && certificates > 0 && sigstoreSeen > 0
        : attestations === 0 && sigstoreSeen === 0;
      const ok = result.ok === scenario.publishes && attested;
      section.add(
        {
          case: scenario.id,
          outcome: result.ok ? 'published' : 'not published, as expected',
          figures: `${scanner.places - before} places scanned${scenario.attests ? `, ${attestations} attestation files, ${sigstoreSeen} Fulcio/Rekor requests` : ''}`,
          ok,
        },
        ok
          ? undefined
          : `expected ${scenario.publishes ? 'a release' : 'no release'}${scenario.attests ? ' with attestations' : ''}:\n${result.text}`,
      );
      return section.report();
    },
    canaries() {
      const section = new SectionBuilder(SECTION);
      const leaks = scanner.leaks.slice(leaksBefore);
      const here = scanner.places - placesBefore;
      section.add(
        {
          case: 'canaries found',
          outcome: leaks.length === 0 ? 'none' : `${leaks.length} leak(s)`,
          figures:
            `${scanner.places} places scanned` +
            (here === scanner.places ? '' : ` (${here} here, the rest in the fault matrix)`) +
            `; canaries: ${Object.entries(scanner.kinds())
              .map(([kind, n]) => `${n} ${kind}`)
              .join(', ')}`,
          ok: scanner.leaks.length === 0 && scanner.canaryCount > 0,
        },
        scanner.leaks.map((l) => `${l.kind} ${l.form} in ${l.place}`).join('; ') ||
          'no canary was registered',
      );
      return section.report();
    },
    close,
  };
}

/** Every scenario in order, then the canaries row: the secrets rows of the `pnpm bench` figures table. */
export async function runSecretScan(options: { scanner: SecretScanner }): Promise<SectionReport> {
  const scan = await openSecretScan(options.scanner);
  const reports: SectionReport[] = [];
  try {
    for (const scenario of SCENARIOS) reports.push(await scan.runScenario(scenario));
  } finally {
    await scan.close();
  }
  reports.push(scan.canaries());
  return { rows: reports.flatMap((r) => r.rows), failures: reports.flatMap((r) => r.failures) };
}

/** Every log line, job summary and output of a workflow run, and the runner's own report. */
export function scanRun(scanner: SecretScanner, place: string, result: WorkflowRunResult): void {
  for (const job of result.jobs) {
    for (const step of job.steps) scanner.scanShown(`${place} / ${job.id} / ${step.name}`, step);
    scanner.scanShown(`${place} / ${job.id}`, { summary: job.summary, outputs: job.outputs });
  }
  scanner.scanLines(`${place} runner report`, result.text);
}

/** The `aud` claim of a JWT (unverified: only to tell the tokens meant for Sigstore apart). */
function audienceOf(jwt: string): unknown {
  try {
    return (
      JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as { aud?: unknown }
    ).aud;
  } catch {
    return undefined;
  }
}

/** Every attestation file the publish steps wrote (their `attestations` output); returns how many. */
async function scanAttestations(
  scanner: SecretScanner,
  place: string,
  result: WorkflowRunResult,
): Promise<number> {
  let count = 0;
  for (const job of result.jobs) {
    for (const step of job.steps) {
      for (const path of JSON.parse(step.outputs.attestations ?? '[]') as string[]) {
        scanner.scan(`${place} attestation ${path.replace(/^.*\//, '')}`, await readFile(path));
        count++;
      }
    }
  }
  return count;
}

/** Every file inside every artifact the run stored (unzipped: a compressed secret would not show). */
async function scanArtifacts(
  scanner: SecretScanner,
  place: string,
  service: ArtifactService,
  runId: number,
): Promise<void> {
  for (const artifact of service.artifacts(runId)) {
    const zip = await service.artifactBytes(runId, artifact.id);
    for (const [name, bytes] of Object.entries(unzipSync(zip))) {
      scanner.scan(`${place} artifact ${artifact.name}/${name}`, Buffer.from(bytes));
    }
  }
}

/** Every file of the index's data folder: the database (and its journal) and the stored distributions. */
async function scanIndex(scanner: SecretScanner, place: string, dataDir: string): Promise<void> {
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    scanner.scan(`${place} index ${relative(dataDir, path)}`, await readFile(path));
  }
}
