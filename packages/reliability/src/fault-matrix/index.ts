import { join } from 'node:path';
import { type ArtifactService, startArtifactService } from '@pypi-release/artifact-service';
import { mapBounded } from '@pypi-release/async-pool';
import { type OidcIssuer, startOidcIssuer } from '@pypi-release/oidc-issuer';
import { tempDir } from '@pypi-release/testkit';
import { damageText, undamaged } from '../landed';
import { type BuiltRelease, writeRelease } from '../release-fixture';
import type { SecretScanner } from '../secret-scanner';
import { SectionBuilder, type SectionReport } from '../section';
import { publisherJob } from '../trusted-index';
import {
  ARTIFACT_FAULTS,
  type ArtifactFault,
  type ArtifactRun,
  failureText,
  runArtifactCase,
  scanResult,
} from './artifact-faults';
import {
  type CaseRecord,
  INDEX_FAULTS,
  type IndexFault,
  positions,
  type RunRecord,
  runIndexCase,
  type Variant,
} from './index-faults';

export { ARTIFACT_FAULTS, type ArtifactFault } from './artifact-faults';
export { INDEX_FAULTS, type IndexFault, type Variant } from './index-faults';

const SECTION = 'fault matrix';
const FILES = 20;

/** Where in the release an index fault hits: the first, middle or last file by upload order. */
export type Position = 'first' | 'middle' | 'last';

/** One index case of the matrix: a fault, where it hits, and whether it clears after one attempt. */
export interface IndexCase {
  readonly fault: IndexFault;
  readonly position: Position;
  readonly variant: Variant;
  /** The row's case: `503 @ middle (outage)`. */
  readonly label: string;
}

/** Every index fault at the first, middle and last file, once (transient) and until the re-run (outage). */
export const INDEX_CASES: readonly IndexCase[] = INDEX_FAULTS.flatMap((fault) =>
  (['first', 'middle', 'last'] as const).flatMap((position) =>
    (['transient', 'outage'] as const).map((variant) => ({
      fault,
      position,
      variant,
      label: `${fault.id} @ ${position} (${variant})`,
    })),
  ),
);

/** The row's case of an artifact fault: `blob download truncated @ at the last file (95%)`. */
export const artifactLabel = (fault: ArtifactFault): string => `${fault.id} @ ${fault.position}`;

/**
 * The shared stack of the matrix: a 20-file release, an OIDC issuer and an artifact service. Each case starts
 * an index of its own, so cases may run at once; each returns its one row (and the goal it missed, if any),
 * after scanning its logs, errors and action outputs with `scanner` (every JWT issued so far registered first).
 */
export interface FaultMatrix {
  readonly release: BuiltRelease;
  runIndexCase(c: IndexCase): Promise<SectionReport>;
  runArtifactCase(fault: ArtifactFault): Promise<SectionReport>;
  close(): Promise<void>;
}

export async function openFaultMatrix(scanner: SecretScanner): Promise<FaultMatrix> {
  const work = await tempDir('fault-matrix-');
  let issuer: OidcIssuer | undefined;
  let service: ArtifactService | undefined;
  try {
    issuer = await startOidcIssuer({ job: publisherJob() });
    service = await startArtifactService();
    const release = await writeRelease(join(work.path, 'release'), {
      name: 'fault-demo',
      version: '1.0.0',
      count: FILES,
      payloadBytes: () => 48 * 1024,
    });
    const stack = { issuer, service };
    let n = 0;
    let runId = 61_000;
    return {
      release,
      async runIndexCase(c) {
        const target = new Map(positions(release)).get(c.position) ?? '';
        const record = await runIndexCase(release, c.fault, target, c.variant, {
          dir: join(work.path, `case-${++n}`),
          issuer: stack.issuer,
          scanner,
        });
        for (const jwt of stack.issuer.issued) scanner.add('oidc-jwt', jwt);
        for (const [run, label] of [
          [record.first, 'run'],
          [record.rerun, 're-run'],
        ] as const) {
          const place = `${c.fault.id} @ ${c.position} ${c.variant} ${label}`;
          scanner.scanLines(place, run.log.join('\n'));
          if (run.error) scanner.scan(`${place} error`, run.error.message);
        }
        const section = new SectionBuilder(SECTION);
        judgeIndexCase(section, release, c.fault, `${c.position} (${c.variant})`, c.variant, record);
        return section.report();
      },
      async runArtifactCase(fault) {
        const id = ++runId;
        const dir = join(work.path, `artifact-${id}`);
        const runs = await runArtifactCase(release, fault, { dir, runId: id, ...stack, scanner });
        for (const jwt of stack.issuer.issued) scanner.add('oidc-jwt', jwt);
        scanResult(scanner, `publish (artifact case ${id})`, runs.first.result);
        scanResult(scanner, `publish re-run (artifact case ${id})`, runs.rerun.result);
        const section = new SectionBuilder(SECTION);
        judgeArtifactCase(section, release, fault, runs);
        return section.report();
      },
      async close() {
        await Promise.all([stack.issuer.close(), stack.service.close()]);
        await work.cleanup();
      },
    };
  } catch (error) {
    await Promise.all([issuer?.close(), service?.close()]);
    await work.cleanup();
    throw error;
  }
}

/**
 * The whole matrix, for the figures table of `pnpm bench`: every index case (`parallel` at once, each with its
 * own index) beside every artifact case (which mostly wait on the artifact client's own retry delays). Goals:
 * nothing lost, duplicated or stored with other bytes; transient faults survived; every failure names its
 * cause; every interrupted release completed by the re-run. `pnpm test` runs the same cases one test each.
 */
export async function runFaultMatrix(options: {
  readonly scanner: SecretScanner;
  readonly parallel?: number;
}): Promise<SectionReport> {
  const matrix = await openFaultMatrix(options.scanner);
  try {
    const artifact = Promise.all(ARTIFACT_FAULTS.map((fault) => matrix.runArtifactCase(fault)));
    const index = await mapBounded(INDEX_CASES, options.parallel ?? 3, (c) => matrix.runIndexCase(c));
    const reports = [...index, ...(await artifact)];
    return {
      rows: reports.flatMap((r) => r.rows),
      failures: reports.flatMap((r) => r.failures),
    };
  } finally {
    await matrix.close();
  }
}

export function judgeIndexCase(
  section: SectionBuilder,
  release: BuiltRelease,
  fault: IndexFault,
  where: string,
  variant: Variant,
  { first, rerun }: CaseRecord,
): void {
  const problems: string[] = [];
  const total = release.files.length;
  if (variant === 'transient' && first.error)
    problems.push(`not survived: ${firstLine(first.error.message)}`);
  if (variant === 'outage') {
    if (!first.error) problems.push('an outage of every attempt did not fail the run');
    else if (!fault.cause.test(first.error.message))
      problems.push(
        `the failure does not name its cause (${fault.cause}): ${firstLine(first.error.message)}`,
      );
  }
  if (first.damage.duplicated.length + first.damage.altered.length > 0)
    problems.push(`after the run: ${damageText(first.damage)}`);
  if (!first.error && !undamaged(first.damage))
    problems.push(`reported published, but ${damageText(first.damage)}`);
  if (rerun.error) problems.push(`re-run failed: ${firstLine(rerun.error.message)}`);
  if (!undamaged(rerun.damage)) problems.push(`after the re-run: ${damageText(rerun.damage)}`);
  if (fault.spec.kind === 'status-429' && typeof fault.spec.retryAfter === 'number') {
    const wanted = fault.spec.retryAfter * 1000;
    if (!first.waits.some((w) => w >= wanted))
      problems.push(`Retry-After ${fault.spec.retryAfter} s not honoured`);
  }
  const outcome = first.error ? `failed cleanly: ${causeOf(first, fault)}` : 'published';
  section.add(
    {
      case: `${fault.id} @ ${where}`,
      outcome,
      figures:
        `index ${first.landed}/${total} after run, ${rerun.landed}/${total} after re-run; ` +
        `${damageText(rerun.damage)}; retries ${first.waits.length}` +
        (rerun.error ? '' : '; re-run completed'),
      ok: problems.length === 0,
    },
    problems.join('; '),
  );
}

export function judgeArtifactCase(
  section: SectionBuilder,
  release: BuiltRelease,
  fault: ArtifactFault,
  { first, rerun }: { first: ArtifactRun; rerun: ArtifactRun },
): void {
  const total = release.files.length;
  const failed = first.result.exitCode !== 0;
  const message = failureText(first.result);
  const problems: string[] = [];
  if (fault.survivable && failed) problems.push(`not survived: ${firstLine(message)}`);
  if (!fault.survivable && !failed && !undamaged(first.damage)) problems.push('published a damaged release');
  if (failed && !fault.cause.test(message))
    problems.push(`the failure does not name its cause (${fault.cause}): ${firstLine(message)}`);
  if (failed && first.landed > 0)
    problems.push(`a refused artifact left ${first.landed} file(s) on the index`);
  if (first.damage.duplicated.length + first.damage.altered.length > 0)
    problems.push(`after the run: ${damageText(first.damage)}`);
  if (rerun.result.exitCode !== 0) problems.push(`re-run failed: ${firstLine(failureText(rerun.result))}`);
  if (!undamaged(rerun.damage)) problems.push(`after the re-run: ${damageText(rerun.damage)}`);
  section.add(
    {
      case: `${fault.id} @ ${fault.position}`,
      outcome: failed ? `failed cleanly: ${shorten(firstLine(message))}` : 'published',
      figures:
        `index ${first.landed}/${total} after run, ${rerun.landed}/${total} after re-run; ` +
        `${damageText(rerun.damage)}; run ${(first.result.durationMs / 1000).toFixed(1)} s` +
        (rerun.result.exitCode === 0 ? '; re-run completed' : ''),
      ok: problems.length === 0,
    },
    problems.join('; '),
  );
}

function causeOf(run: RunRecord, fault: IndexFault): string {
  const match = run.error ? fault.cause.exec(run.error.message) : null;
  const code = run.error && 'code' in run.error ? String(run.error.code) : 'error';
  return match ? `${code} (${shorten(match[0])})` : code;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
