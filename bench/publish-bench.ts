/**
 * `publish` of one release (many 2 MiB wheels, one large wheel, an sdist) to the local index against Debian's
 * `twine upload` and a `curl` floor in the same run; our concurrency sweep; the peak memory of uploading a huge
 * wheel; the cold start of the bundled action. The index runs in a process of its own, fresh for each run.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDistributions, type FileReport } from '@pypi-release/dists';
import { coldStart, coldStartLine } from './cold-start';
import { assertLanded, BENCH_TOKEN, startIndexProcess } from './index-process';
import {
  type Contender,
  curlContender,
  oursContender,
  parallelCurlContender,
  twineContender,
} from './publish-contenders';
import { bundle, bundledCli, median, mustRun, ROOT, row, TOOL_PYTHON, timed } from './support';

export interface PublishBenchOptions {
  /** Wheels of `wheelMiB` MiB, the last one of `largeMiB` MiB; plus an sdist. */
  readonly wheels: number;
  readonly wheelMiB: number;
  readonly largeMiB: number;
  /** The wheel of the peak-memory probe. */
  readonly hugeMiB: number;
  readonly runs: number;
  readonly coldRuns: number;
  readonly concurrencies: readonly number[];
  /** The library's default, reported against twine and the floor. */
  readonly defaultConcurrency: number;
}

const PROJECT = 'bench-pkg';
const MIB = 2 ** 20;

export async function publishBench(options: PublishBenchOptions): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-publish-'));
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const release = join(work, 'release');
    await makeRelease(release, options.wheels, options.wheelMiB, options.largeMiB);
    const files = await checked(release);
    const lines = await comparison(cli, release, files, options);
    lines.push(await peakMemory(work, options.hugeMiB));
    const tiny = join(work, 'tiny');
    await makeRelease(tiny, 1, 1, 1);
    lines.push(coldStartLine(await coldStart(tiny, options.coldRuns)));
    return lines;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function comparison(
  cli: string,
  release: string,
  files: readonly FileReport[],
  options: PublishBenchOptions,
): Promise<string[]> {
  const expected = new Map(files.map((f) => [f.filename, f.sha256]));
  const totalBytes = files.reduce((sum, f) => sum + f.size, 0);
  const maxFileSize = Math.max(100 * MIB, ...files.map((f) => f.size + MIB));
  const ours = options.concurrencies.map((c) => oursContender(cli, release, c));
  const twine = twineContender(files);
  const curl = curlContender(files);
  const parallelCurl = parallelCurlContender(files, options.defaultConcurrency);
  const contenders: Contender[] = [...ours, twine, curl, parallelCurl];
  const samples = new Map<Contender, number[]>(contenders.map((c) => [c, []]));
  // Interleaved runs: a slow spell of the machine hits every contender, not one.
  for (let run = 0; run < options.runs; run++) {
    for (const contender of contenders) {
      const index = await startIndexProcess(maxFileSize);
      try {
        const result = await contender.run(index.uploadUrl);
        if (result.code !== 0) {
          throw new Error(`${contender.name} failed (exit ${result.code}): ${result.stderr.slice(-800)}`);
        }
        await assertLanded(index, PROJECT, expected, contender.name);
        samples.get(contender)?.push(result.ms);
      } finally {
        await index.close();
      }
    }
  }
  const ms = (c: Contender): number => median(samples.get(c) ?? []);
  const twineMs = ms(twine);
  const floorMs = ms(curl);
  const wheels = files.filter((f) => f.kind === 'wheel');
  const lines = [
    `publish: ${files.length} files (${wheels.length - 1} wheels of ${options.wheelMiB} MiB, one of ${options.largeMiB} MiB, an sdist; ${(totalBytes / MIB).toFixed(0)} MiB) to the local index (own process), median of ${options.runs} run(s), wall time, every file checked on the index after each run`,
    row(['contender', 'time', 'MiB/s', '/ twine', '/ floor']),
    ...contenders.map((c) =>
      row([
        c.name,
        `${ms(c).toFixed(0)} ms`,
        (totalBytes / MIB / (ms(c) / 1000)).toFixed(0),
        `${(ms(c) / twineMs).toFixed(2)}x`,
        `${(ms(c) / floorMs).toFixed(2)}x`,
      ]),
    ),
  ];
  const best = options.concurrencies.reduce((a, b) =>
    ms(ours[options.concurrencies.indexOf(b)] as Contender) <
    ms(ours[options.concurrencies.indexOf(a)] as Contender)
      ? b
      : a,
  );
  const atDefault = ours[options.concurrencies.indexOf(options.defaultConcurrency)];
  if (atDefault) {
    lines.push(
      `ours (default concurrency ${options.defaultConcurrency}) / twine: ${(ms(atDefault) / twineMs).toFixed(2)}; ours / floor (curl): ${(ms(atDefault) / floorMs).toFixed(2)}; ours / parallel curl at the same concurrency: ${(ms(atDefault) / ms(parallelCurl)).toFixed(2)} (information: issue 16's publish goals are judged by loopback-publish-bench.ts and latency-bench.ts)`,
    );
  }
  lines.push(`fastest concurrency in this run: ${best} (default: ${options.defaultConcurrency})`);
  return lines;
}

async function peakMemory(work: string, hugeMiB: number): Promise<string> {
  const huge = join(work, 'huge');
  await makeRelease(huge, 1, hugeMiB, hugeMiB);
  const files = await checked(huge);
  const probe = await bundle(join(ROOT, 'bench/publish-rss.ts'), join(work, 'publish-rss'));
  const index = await startIndexProcess(Math.max(...files.map((f) => f.size)) + MIB);
  try {
    const run = await timed(process.execPath, [probe, index.uploadUrl, huge], {
      env: { ...process.env, PYPI_TOKEN: BENCH_TOKEN },
    });
    if (run.code !== 0)
      throw new Error(`the publish probe failed (exit ${run.code}): ${run.stderr.slice(-800)}`);
    await assertLanded(index, PROJECT, new Map(files.map((f) => [f.filename, f.sha256])), 'publish probe');
    const result = JSON.parse(run.stdout) as { maxRssBytes: number };
    return `peak RSS publishing a ${hugeMiB} MiB wheel (and its sdist): ${(result.maxRssBytes / 1e6).toFixed(0)} MB in ${run.ms.toFixed(0)} ms (goal: < 150 MB)`;
  } finally {
    await index.close();
  }
}

async function makeRelease(dir: string, wheels: number, wheelMiB: number, largeMiB: number): Promise<void> {
  const script = join(ROOT, 'bench/make_wheels.py');
  await mustRun(TOOL_PYTHON, [script, 'sized', dir, String(wheels), String(wheelMiB), String(largeMiB)]);
}

/** The release as our pre-flight sees it; it must pass (the bench compares uploads of a valid release). */
async function checked(dir: string): Promise<FileReport[]> {
  const report = await checkDistributions([dir]);
  if (!report.ok) {
    const problems = [...report.problems, ...report.files.flatMap((f) => f.problems)];
    throw new Error(`the generated release does not pass check: ${JSON.stringify(problems.slice(0, 3))}`);
  }
  return report.files;
}
