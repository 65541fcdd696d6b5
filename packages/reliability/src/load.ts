/**
 * The load section: the local index (in a process of its own) under many publishers at once, each publishing a
 * release of its own project; then every file is checked on the index (issue 7, part 5).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type IndexProcess, startIndexProcess } from '@pypi-release/index';
import { type PublishersRun, publishProblems, runPublishers } from './load/publishers';
import { type LocalRelease, writeReleases } from './load/releases';
import { percentile } from './load/upload-timer';
import { verifyStored } from './load/verify';
import { SectionBuilder, type SectionReport } from './section';

/** The load of the figures table and of its test: 16 publishers at once, 50 files each (800 files). */
export const LOAD = { publishers: 16, filesEach: 50 } as const;

export interface LoadOptions {
  readonly publishers: number;
  readonly filesEach: number;
}

const TOKEN = 'pypi-load-token-0123456789';
/** Publishing (not generation or verification) is cut off after this; the goal for the section is ~60 s. */
const DEADLINE_MS = 180_000;
/** Problems spelt out in the failure; the rest are counted. */
const SHOWN = 20;
const MIB = 2 ** 20;

/** Runs the publishers against a fresh index and reports one row: what landed, throughput and latency. */
export async function runLoad(options: LoadOptions): Promise<SectionReport> {
  const builder = new SectionBuilder('load');
  const name = `${options.publishers} × ${options.filesEach} files`;
  const work = await mkdtemp(join(tmpdir(), 'reliability-load-'));
  let index: IndexProcess | undefined;
  try {
    if (options.publishers < 1 || options.filesEach < 2) {
      throw new Error('needs at least 1 publisher and 2 files each (an sdist and a wheel)');
    }
    const releases = await writeReleases(join(work, 'dists'), options.publishers, options.filesEach);
    const dataDir = join(work, 'index');
    index = await startIndexProcess({ dataDir, apiToken: TOKEN });
    const run = await runPublishers(releases, index, TOKEN, DEADLINE_MS);
    const problems = [...publishProblems(releases, run)];
    problems.push(...(await verifyStored(releases, { simpleUrl: index.simpleUrl, dataDir })));
    const logged = index.stderr().trim();
    if (logged) problems.push(`the index logged errors: ${logged.split('\n').slice(-3).join(' / ')}`);
    const ok = problems.length === 0;
    builder.add(
      {
        case: name,
        outcome: ok ? 'all stored once, hashes correct' : `${problems.length} problem(s): ${problems[0]}`,
        figures: figures(releases, run),
        ok,
      },
      ok ? undefined : summarize(problems),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    builder.add({ case: name, outcome: `the run failed: ${message}`, figures: '', ok: false });
  } finally {
    await index?.close();
    await rm(work, { recursive: true, force: true });
  }
  return builder.report();
}

function figures(releases: readonly LocalRelease[], run: PublishersRun): string {
  const files = releases.reduce((n, r) => n + r.files.length, 0);
  const mib = releases.reduce((n, r) => n + r.bytes, 0) / MIB;
  const starts = run.samples.map((s) => s.startMs);
  const ends = run.samples.map((s) => s.endMs);
  const windowS = starts.length > 0 ? (Math.max(...ends) - Math.min(...starts)) / 1000 : 0;
  const latencies = run.samples.map((s) => s.endMs - s.startMs);
  const rate = (n: number): string => (windowS > 0 ? (n / windowS).toFixed(1) : '-');
  const ms = (p: number): string => `${percentile(latencies, p).toFixed(0)} ms`;
  return (
    `${files} files, ${mib.toFixed(1)} MiB in ${windowS.toFixed(1)} s: ${rate(files)} files/s, ${rate(mib)} MiB/s; ` +
    `upload latency p50 ${ms(50)}, p95 ${ms(95)}, max ${ms(100)}; retries ${run.warnings.length} ` +
    `(${run.samples.length} upload requests; publish() wall time ${(run.wallMs / 1000).toFixed(1)} s)`
  );
}

function summarize(problems: readonly string[]): string {
  const shown = problems.slice(0, SHOWN).join('; ');
  return problems.length > SHOWN ? `${shown}; and ${problems.length - SHOWN} more` : shown;
}
