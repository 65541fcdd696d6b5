/** Interleaved timed runs of publish contenders, each against a fresh local index, every file checked after. */
import { join } from 'node:path';
import { checkDistributions, type FileReport } from '@pypi-release/dists';
import type { LatencyProfileInput } from '@pypi-release/index';
import { assertLanded, startIndexProcess } from './index-process';
import type { Contender } from './publish-contenders';
import { mustRun, ROOT, TOOL_PYTHON } from './support';

export const BENCH_PROJECT = 'bench-pkg';

/** The end of a failed contender's stderr, without the per-file progress lines. */
function failureTail(stderr: string): string {
  return stderr
    .split('\n')
    .filter((l) => !l.includes(': uploaded in') && !l.startsWith('Uploading'))
    .join('\n')
    .slice(-3000);
}

/**
 * `runs` rounds; each round runs every contender once, in order, so a slow spell of the machine hits every
 * contender, not one. Each run gets an index process of its own with a fresh data folder and is timed by the
 * contender (wall time, process start included); afterwards the simple JSON API must list every expected file
 * exactly once with its sha256.
 */
export async function interleavedRuns(
  contenders: readonly Contender[],
  options: {
    readonly runs: number;
    readonly maxFileSize: number;
    readonly expected: ReadonlyMap<string, string>;
    readonly latency?: LatencyProfileInput;
  },
): Promise<Map<Contender, number[]>> {
  const samples = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  for (let run = 0; run < options.runs; run++) {
    for (const contender of contenders) {
      const index = await startIndexProcess(options.maxFileSize, options.latency);
      try {
        const result = await contender.run(index.uploadUrl);
        if (result.code !== 0) {
          throw new Error(`${contender.name} failed (exit ${result.code}): ${failureTail(result.stderr)}`);
        }
        await assertLanded(index, BENCH_PROJECT, options.expected, contender.name);
        samples.get(contender)?.push(result.ms);
      } finally {
        await index.close();
      }
    }
  }
  return samples;
}

/**
 * `make_wheels.py sized`: `wheels` wheels of `wheelMiB` MiB (random bytes stored, so the size on disk is the size
 * sent), the last of `largeMiB` when given, and the sdist; the release as our pre-flight sees it, which must pass
 * (the benches compare uploads of a valid release).
 */
export async function checkedRelease(
  dir: string,
  wheels: number,
  wheelMiB: number,
  largeMiB: number = wheelMiB,
): Promise<FileReport[]> {
  const script = join(ROOT, 'bench/make_wheels.py');
  await mustRun(TOOL_PYTHON, [script, 'sized', dir, String(wheels), String(wheelMiB), String(largeMiB)]);
  const report = await checkDistributions([dir]);
  if (!report.ok) {
    const problems = [...report.problems, ...report.files.flatMap((f) => f.problems)];
    throw new Error(`the generated release does not pass check: ${JSON.stringify(problems.slice(0, 3))}`);
  }
  return report.files;
}
