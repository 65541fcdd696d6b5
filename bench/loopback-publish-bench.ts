/**
 * Issue 16's loopback publish goal: one release of 30 wheels of 1 MiB and an sdist, sent to the local index (its
 * own process, no latency profile) by the bundled CLI as a user runs it, by Debian's twine, and by the parallel
 * curl floor at our concurrency (the same bytes and forms, the same ordering rule, no checks and no read-back).
 * Ours must take at most twine's time and at most 1.2× the floor's.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { GOAL_RUNS, type Goal, ratioGoal, type Spread, spreadOf } from './goals';
import { oursContender, parallelCurlContender, twineContender } from './publish-contenders';
import { checkedRelease, interleavedRuns } from './publish-runs';
import { bundledCli, row } from './support';

const MIB = 2 ** 20;

export interface LoopbackPublishOptions {
  readonly wheels: number;
  readonly wheelMiB: number;
  readonly runs: number;
  readonly concurrency: number;
}

/** The goal's own setting (`quick`: 2 runs, a figure to look at, not to judge). */
export function loopbackPublishOptions(quick = false): LoopbackPublishOptions {
  return { wheels: 30, wheelMiB: 1, runs: quick ? 2 : GOAL_RUNS, concurrency: DEFAULT_CONCURRENCY };
}

export async function loopbackPublishGoals(
  options: LoopbackPublishOptions = loopbackPublishOptions(),
): Promise<{ lines: string[]; goals: Goal[] }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-loopback-publish-'));
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const release = join(work, 'release');
    const files = await checkedRelease(release, options.wheels, options.wheelMiB);
    const ours = oursContender(cli, release, options.concurrency);
    const twine = twineContender(files);
    const floor = parallelCurlContender(files, options.concurrency);
    const samples = await interleavedRuns([ours, twine, floor], {
      runs: options.runs,
      maxFileSize: 100 * MIB,
      expected: new Map(files.map((f) => [f.filename, f.sha256])),
    });
    const [o, t, f] = [ours, twine, floor].map((c) => spreadOf(samples.get(c) ?? [])) as [
      Spread,
      Spread,
      Spread,
    ];
    const totalMiB = files.reduce((sum, file) => sum + file.size, 0) / MIB;
    const what = `${files.length} files (${options.wheels} wheels of ${options.wheelMiB} MiB, an sdist; ${totalMiB.toFixed(0)} MiB)`;
    const goals: Goal[] = [
      ratioGoal({
        figure: `publish ${what} on loopback: ours / twine`,
        ours: o,
        peer: t,
        peerName: 'twine',
        limit: 1.0,
      }),
      ratioGoal({
        figure: `publish ${what} on loopback: ours / parallel-curl floor`,
        ours: o,
        peer: f,
        peerName: floor.name,
        limit: 1.2,
      }),
    ];
    const lines = [
      `publish on loopback: ${what} to the local index (own process, fresh for every run), ${options.runs} interleaved run(s), wall time with process start, every file read back after each run`,
      row(['contender', 'median (min-max)', '/ twine', '/ floor']),
      ...(
        [
          [ours.name, o],
          [twine.name, t],
          [floor.name, f],
        ] as const
      ).map(([name, s]) =>
        row([
          name,
          `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}-${s.max.toFixed(0)})`,
          `${(s.median / t.median).toFixed(2)}x`,
          `${(s.median / f.median).toFixed(2)}x`,
        ]),
      ),
    ];
    return { lines, goals };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
