/**
 * Publish under a PyPI-like latency profile (issue 16): the local index behind its latency relay, the same for
 * every client. Loopback hides what makes a real release slow — every upload waits on the network and on the
 * index's processing — so a sequential client (twine) and one that overlaps uploads look alike there. The floor is
 * what the profile itself implies for our concurrency: no client can upload faster.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileReport } from '@pypi-release/dists';
import { type LatencyProfile, latencySchema } from '@pypi-release/index';
import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { GOAL_RUNS, type Goal, ratioGoal, type Spread, spreadOf } from './goals';
import { oursContender, twineContender } from './publish-contenders';
import { checkedRelease, interleavedRuns } from './publish-runs';
import { bundledCli, row } from './support';

const MIB = 2 ** 20;

/**
 * Assumed, not measured (no public measurement of upload.pypi.org's per-request time was found): a runner a few
 * tens of milliseconds from PyPI's edge, 10 MiB/s per connection, and 300 ms + 10 ms per MiB of server time per
 * upload (the request's checks, hashing, storage), 50 ms per read.
 */
export const PYPI_LIKE: LatencyProfile = latencySchema.parse({
  rttMs: 40,
  uploadMiBps: 10,
  uploadMs: 300,
  perMiBMs: 10,
  readMs: 50,
});

export interface LatencyBenchOptions {
  readonly wheels: number;
  readonly wheelMiB: number;
  readonly runs: number;
  readonly concurrency: number;
}

/** One file's time under the profile on a connection already open: its request, body, the index's time. */
function fileMs(profile: LatencyProfile, bytes: number): number {
  const mib = bytes / MIB;
  const transfer = profile.uploadMiBps > 0 ? (mib / profile.uploadMiBps) * 1000 : 0;
  return profile.rttMs + transfer + profile.uploadMs + profile.perMiBMs * mib;
}

/** The profile's floor for `concurrency`: a handshake, the sdist alone, then the wheels `concurrency` at a time. */
export function profileFloorMs(
  profile: LatencyProfile,
  files: readonly FileReport[],
  concurrency: number,
): number {
  const sdists = files.filter((f) => f.kind === 'sdist');
  const wheels = files.filter((f) => f.kind === 'wheel').map((f) => fileMs(profile, f.size));
  wheels.sort((a, b) => b - a);
  let waves = 0;
  for (let i = 0; i < wheels.length; i += concurrency) waves += wheels[i] ?? 0;
  return profile.rttMs + sdists.reduce((sum, f) => sum + fileMs(profile, f.size), 0) + waves;
}

/** The goal's own setting: 30 wheels of 1 MiB and the sdist at our default concurrency (`quick`: 2 runs). */
export function latencyBenchOptions(quick = false): LatencyBenchOptions {
  return { wheels: 30, wheelMiB: 1, runs: quick ? 2 : GOAL_RUNS, concurrency: DEFAULT_CONCURRENCY };
}

/**
 * Ours and twine under the profile, interleaved, each run against a fresh index; two goals: ours ≤ 0.35× twine
 * and ≤ 1.2× the profile's floor, judged by bench/goals.ts.
 */
export async function latencyBench(
  options: LatencyBenchOptions = latencyBenchOptions(),
): Promise<{ lines: string[]; goals: Goal[] }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-latency-'));
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const release = join(work, 'release');
    const files = await checkedRelease(release, options.wheels, options.wheelMiB);
    const ours = oursContender(cli, release, options.concurrency);
    const twine = twineContender(files);
    const samples = await interleavedRuns([ours, twine], {
      runs: options.runs,
      maxFileSize: 100 * MIB,
      expected: new Map(files.map((f) => [f.filename, f.sha256])),
      latency: PYPI_LIKE,
    });
    const o = spreadOf(samples.get(ours) ?? []);
    const t = spreadOf(samples.get(twine) ?? []);
    const floorMs = profileFloorMs(PYPI_LIKE, files, options.concurrency);
    const p = PYPI_LIKE;
    const what = `${files.length} files (${options.wheels} wheels of ${options.wheelMiB} MiB, an sdist)`;
    const goals: Goal[] = [
      ratioGoal({
        figure: `publish ${what} under the PyPI-like profile: ours / twine`,
        ours: o,
        peer: t,
        peerName: 'twine',
        limit: 0.35,
      }),
      // the floor is computed, not measured: the noise is ours alone
      ratioGoal({
        figure: `publish ${what} under the PyPI-like profile: ours / the profile's floor`,
        ours: o,
        peer: floorMs,
        peerName: `the floor at concurrency ${options.concurrency}`,
        limit: 1.2,
      }),
    ];
    const spread = (s: Spread): string =>
      `${s.median.toFixed(0)} ms (${s.min.toFixed(0)}-${s.max.toFixed(0)})`;
    return {
      goals,
      lines: [
        `publish under a PyPI-like latency profile (assumed: RTT ${p.rttMs} ms, ${p.uploadMiBps} MiB/s per connection, ${p.uploadMs} ms + ${p.perMiBMs} ms/MiB per upload, ${p.readMs} ms per read): ${what}, ${options.runs} interleaved run(s)`,
        row(['contender', 'median (min-max)', '/ twine', '/ floor']),
        row([
          ours.name,
          spread(o),
          `${(o.median / t.median).toFixed(2)}x`,
          `${(o.median / floorMs).toFixed(2)}x`,
        ]),
        row([twine.name, spread(t), '1.00x', `${(t.median / floorMs).toFixed(2)}x`]),
        row([
          `floor the profile implies at concurrency ${options.concurrency}`,
          `${floorMs.toFixed(0)} ms`,
          `${(floorMs / t.median).toFixed(2)}x`,
          '1.00x',
        ]),
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
