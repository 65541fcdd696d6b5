/**
 * Publish under a PyPI-like latency profile (issue 16): the local index behind its latency relay, the same for
 * every client. Loopback hides what makes a real release slow — every upload waits on the network and on the
 * index's processing — so a sequential client (twine) and one that overlaps uploads look alike there. The floor is
 * what the profile itself implies for our concurrency: no client can upload faster.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDistributions, type FileReport } from '@pypi-release/dists';
import { type LatencyProfile, latencySchema } from '@pypi-release/index';
import { assertLanded, startIndexProcess } from './index-process';
import { type Contender, oursContender, twineContender } from './publish-contenders';
import { bundledCli, median, mustRun, ROOT, row, TOOL_PYTHON } from './support';

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

export async function latencyBench(
  options: LatencyBenchOptions,
): Promise<{ lines: string[]; missed: boolean }> {
  const work = await mkdtemp(join(tmpdir(), 'bench-latency-'));
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const release = join(work, 'release');
    const script = join(ROOT, 'bench/make_wheels.py');
    const size = String(options.wheelMiB);
    await mustRun(TOOL_PYTHON, [script, 'sized', release, String(options.wheels), size, size]);
    const report = await checkDistributions([release]);
    if (!report.ok) throw new Error('the generated release does not pass check');
    const files = report.files;
    const expected = new Map(files.map((f) => [f.filename, f.sha256]));
    const ours = oursContender(cli, release, options.concurrency);
    const twine = twineContender(files);
    const samples = new Map<Contender, number[]>([
      [ours, []],
      [twine, []],
    ]);
    for (let run = 0; run < options.runs; run++) {
      for (const contender of [ours, twine]) {
        const index = await startIndexProcess(100 * MIB, PYPI_LIKE);
        try {
          const result = await contender.run(index.uploadUrl);
          if (result.code !== 0)
            throw new Error(
              `${contender.name} failed: ${result.stderr
                .split('\n')
                .filter((l) => !l.includes(': uploaded in') && !l.startsWith('Uploading'))
                .join('\n')
                .slice(-3000)}`,
            );
          await assertLanded(index, 'bench-pkg', expected, contender.name);
          samples.get(contender)?.push(result.ms);
        } finally {
          await index.close();
        }
      }
    }
    const spread = (c: Contender): string => {
      const s = samples.get(c) ?? [];
      return `${median(s).toFixed(0)} ms (min ${Math.min(...s).toFixed(0)}, max ${Math.max(...s).toFixed(0)})`;
    };
    const oursMs = median(samples.get(ours) ?? []);
    const twineMs = median(samples.get(twine) ?? []);
    const floorMs = profileFloorMs(PYPI_LIKE, files, options.concurrency);
    const noise = (c: Contender): number => {
      const s = samples.get(c) ?? [];
      return (Math.max(...s) - Math.min(...s)) / median(s);
    };
    const slack = Math.max(noise(ours), noise(twine));
    const toTwine = oursMs / twineMs;
    const toFloor = oursMs / floorMs;
    const missed = toTwine > 0.35 * (1 + slack) || toFloor > 1.2 * (1 + slack);
    const p = PYPI_LIKE;
    return {
      missed,
      lines: [
        `publish under a PyPI-like latency profile (assumed: RTT ${p.rttMs} ms, ${p.uploadMiBps} MiB/s per connection, ${p.uploadMs} ms + ${p.perMiBMs} ms/MiB per upload, ${p.readMs} ms per read): ${files.length} files (${options.wheels} wheels of ${options.wheelMiB} MiB, an sdist), median of ${options.runs} run(s), min/max beside it`,
        row(['contender', 'time', '/ twine', '/ floor']),
        row([ours.name, spread(ours), `${toTwine.toFixed(2)}x`, `${toFloor.toFixed(2)}x`]),
        row([twine.name, spread(twine), '1.00x', `${(twineMs / floorMs).toFixed(2)}x`]),
        row([
          `floor the profile implies at concurrency ${options.concurrency}`,
          `${floorMs.toFixed(0)} ms`,
          `${(floorMs / twineMs).toFixed(2)}x`,
          '1.00x',
        ]),
        `ours / twine: ${toTwine.toFixed(2)} (goal <= 0.35); ours / floor: ${toFloor.toFixed(2)} (goal <= 1.2); run-to-run spread ${(slack * 100).toFixed(0)}% — ${missed ? 'MISSED' : 'met'}`,
      ],
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
