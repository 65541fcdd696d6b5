import { join } from 'node:path';
import { startArtifactService } from '@pypi-release/artifact-service';
import { mapBounded } from '@pypi-release/async-pool';
import { startOidcIssuer } from '@pypi-release/oidc-issuer';
import { tempDir } from '@pypi-release/testkit';
import { damageText, undamaged } from '../landed';
import { type BuiltRelease, writeRelease } from '../release-fixture';
import type { SecretScanner } from '../secret-scanner';
import { SectionBuilder, type SectionReport } from '../section';
import { publisherJob } from '../trusted-index';
import {
  ARTIFACT_FAULTS,
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

const SECTION = 'fault matrix';
const FILES = 20;

export interface FaultMatrixOptions {
  readonly scanner: SecretScanner;
  /** Index cases run at once (each has its own index). */
  readonly parallel?: number;
}

/**
 * Every fault at the first, middle and last file of a 20-file release, once (transient) and until the re-run
 * (outage), plus the artifact service's faults; each case then re-run with the fault gone. Goals: nothing lost,
 * duplicated or stored with other bytes; transient faults survived; every failure names its cause; every
 * interrupted release completed by the re-run.
 */
export async function runFaultMatrix(options: FaultMatrixOptions): Promise<SectionReport> {
  const section = new SectionBuilder(SECTION);
  const work = await tempDir('fault-matrix-');
  const issuer = await startOidcIssuer({ job: publisherJob() });
  try {
    const release = await writeRelease(join(work.path, 'release'), {
      name: 'fault-demo',
      version: '1.0.0',
      count: FILES,
      payloadBytes: () => 48 * 1024,
    });
    const cases = INDEX_FAULTS.flatMap((fault) =>
      positions(release).flatMap(([position, target]) =>
        (['transient', 'outage'] as const).map((variant) => ({ fault, position, target, variant })),
      ),
    );
    // The artifact cases mostly wait on the artifact client's own retry delays: they run beside the index cases.
    const artifactSection = new SectionBuilder(SECTION);
    const artifactCases = runArtifactCases(artifactSection, release, work.path, issuer, options.scanner);
    let n = 0;
    const records = await mapBounded(cases, options.parallel ?? 3, async (c) => {
      const dir = join(work.path, `case-${++n}`);
      const record = await runIndexCase(release, c.fault, c.target, c.variant, {
        dir,
        issuer,
        scanner: options.scanner,
      });
      return { ...c, record };
    });
    for (const jwt of issuer.issued) options.scanner.add('oidc-jwt', jwt);
    for (const r of records) {
      judgeIndexCase(section, release, r.fault, `${r.position} (${r.variant})`, r.variant, r.record);
      for (const [run, label] of [
        [r.record.first, 'run'],
        [r.record.rerun, 're-run'],
      ] as const) {
        const place = `${r.fault.id} @ ${r.position} ${r.variant} ${label}`;
        options.scanner.scanLines(place, run.log.join('\n'));
        if (run.error) options.scanner.scan(`${place} error`, run.error.message);
      }
    }
    await artifactCases;
    section.merge(artifactSection);
  } finally {
    await issuer.close();
    await work.cleanup();
  }
  return section.report();
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

async function runArtifactCases(
  section: SectionBuilder,
  release: BuiltRelease,
  workDir: string,
  issuer: Awaited<ReturnType<typeof startOidcIssuer>>,
  scanner: SecretScanner,
): Promise<void> {
  const service = await startArtifactService();
  try {
    let runId = 61_000;
    const results = await Promise.all(
      ARTIFACT_FAULTS.map(async (fault) => {
        const id = ++runId;
        const dir = join(workDir, `artifact-${id}`);
        const runs = await runArtifactCase(release, fault, { dir, runId: id, issuer, service, scanner });
        return { fault, runs, runId: id };
      }),
    );
    for (const jwt of issuer.issued) scanner.add('oidc-jwt', jwt);
    for (const { fault, runs, runId: id } of results) {
      scanResult(scanner, `publish (artifact case ${id})`, runs.first.result);
      scanResult(scanner, `publish re-run (artifact case ${id})`, runs.rerun.result);
      judgeArtifactCase(section, release, fault, runs);
    }
  } finally {
    await service.close();
  }
}

export function judgeArtifactCase(
  section: SectionBuilder,
  release: BuiltRelease,
  fault: (typeof ARTIFACT_FAULTS)[number],
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
