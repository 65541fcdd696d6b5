/**
 * `check` on the largest real wheels pip can see (issue 16): throughput against this machine's hashing floor
 * (bench/hash-floor.ts: one streaming read of the same bytes with SHA-256 + BLAKE2b-256, nothing else), and the
 * peak RSS of the check. Both sides are whole processes started from here, run interleaved (floor, ours, floor,
 * ours…) after one untimed warm-up of each, so the page cache and the machine's load treat them alike.
 *
 * The floor hashes every file in ONE process; ours runs one `pypi-release check <wheel>` per wheel (each wheel is
 * another project's release, and `check` judges its inputs as one release), so ours also pays one process start
 * per wheel: that counts against us. For information, the floor is also run one process per wheel, as ours is,
 * which shows how much of the difference is process starts and each process's own set-up (loading the code,
 * touching fresh memory for its buffers).
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseWheelFilename } from '@pypi-release/dists';
import { type VisibleWheel, visibleWheels } from '../packages/dists/test/corpus/wheelhouse';
import { formatSpread, type Goal, noiseOf, spreadOf } from './goals';
import { bundle, bundledCli, ROOT, timed } from './support';

const MIB = 2 ** 20;
const THROUGHPUT_GOAL = 70; // % of the floor
const RSS_GOAL_MB = 150;

export interface CheckLargeOptions {
  /** How many of the largest wheels (`pnpm bench`: 10; `--quick`: 3). */
  readonly wheels: number;
  /** Timed runs of each side (at least GOAL_RUNS for a goal's figure). */
  readonly runs: number;
  /** A bundled CLI to measure instead of this tree's (to compare with an older build); default: built here. */
  readonly cli?: string;
}

export interface CheckLargeResult {
  readonly lines: string[];
  readonly goals: Goal[];
}

/**
 * The `count` largest wheels among those pip sees (bench/../corpus/wheelhouse.ts reads `pip config list`). A wheel
 * whose version has a local part (`+cpu`) is left out: PyPI refuses those, so it was not uploaded there (such
 * wheels come from other indexes) and `check` rightly refuses it.
 */
export function largestWheels(count: number, all: readonly VisibleWheel[] = visibleWheels()): VisibleWheel[] {
  return all
    .filter((w) => {
      const parsed = parseWheelFilename(w.filename);
      return parsed !== undefined && !parsed.version.includes('+');
    })
    .sort((a, b) => b.size - a.size || (a.filename < b.filename ? -1 : 1))
    .slice(0, count);
}

export async function checkLargeBench(options: CheckLargeOptions): Promise<CheckLargeResult> {
  const wheels = largestWheels(options.wheels);
  if (wheels.length === 0) throw new Error('pip sees no wheel (`pip config list`): nothing to measure');
  const bytes = wheels.reduce((sum, w) => sum + w.size, 0);
  const work = await mkdtemp(join(tmpdir(), 'bench-check-large-'));
  try {
    const cli = options.cli ?? (await bundledCli(join(work, 'cli')));
    const floorProbe = await bundle(join(ROOT, 'bench/hash-floor.ts'), join(work, 'floor'));
    const rssPreload = join(work, 'rss-preload.mjs');
    await writeFile(rssPreload, RSS_PRELOAD);
    const load = loadavg();
    const floorMs: number[] = [];
    const floorEachMs: number[] = [];
    const oursMs: number[] = [];
    const oursRss: number[] = [];
    const floorRss: number[] = [];
    // Run 0 warms the page cache (and the bundles' files): every timed run reads the wheels from memory.
    for (let run = 0; run <= options.runs; run++) {
      const floor = await runFloor(floorProbe, wheels);
      const ours = await runOurs(cli, rssPreload, wheels, work, floor.sha256);
      // Information only: the floor with one process per wheel, as ours runs, shows what process starts cost.
      let floorEach = 0;
      for (const wheel of wheels) floorEach += (await runFloor(floorProbe, [wheel])).ms;
      if (run === 0) continue;
      floorEachMs.push(floorEach);
      floorMs.push(floor.ms);
      floorRss.push(floor.maxRss);
      oursMs.push(ours.ms);
      oursRss.push(ours.maxRss);
    }
    const floorSpread = spreadOf(floorMs.map((ms) => bytes / MIB / (ms / 1000)));
    const oursSpread = spreadOf(oursMs.map((ms) => bytes / MIB / (ms / 1000)));
    const floorEachSpread = spreadOf(floorEachMs.map((ms) => bytes / MIB / (ms / 1000)));
    const rssSpread = spreadOf(oursRss.map((b) => b / MIB));
    const floorRssSpread = spreadOf(floorRss.map((b) => b / MIB));
    const percent = (oursSpread.median / floorSpread.median) * 100;
    const names = wheels.map(
      (w) => `${w.filename.split('-').slice(0, 2).join('-')} (${(w.size / MIB).toFixed(0)})`,
    );
    const lines = [
      `check on the ${wheels.length} largest wheels pip sees, ${(bytes / MIB).toFixed(0)} MiB, ${options.runs} runs ` +
        `each side interleaved after one warm-up (load average ${load.map((l) => l.toFixed(2)).join(' ')})`,
      `  ${names.join(', ')} MiB`,
      table([
        ['', 'throughput MiB/s', 'peak RSS MiB'],
        [
          'floor: sha256 + BLAKE2b-256',
          formatMiBs(floorSpread),
          `${floorRssSpread.median.toFixed(0)} (one process, every file)`,
        ],
        ['floor, one process per wheel (information)', formatMiBs(floorEachSpread), ''],
        [
          'pypi-release check',
          formatMiBs(oursSpread),
          `${rssSpread.median.toFixed(0)} (the largest of the per-wheel processes)`,
        ],
      ]),
      `check reaches ${percent.toFixed(0)}% of the floor (goal >= ${THROUGHPUT_GOAL}%), process start per wheel included ` +
        `(${((oursSpread.median / floorEachSpread.median) * 100).toFixed(0)}% of the floor run one process per wheel)`,
    ];
    const goals: Goal[] = [
      {
        figure: `check throughput, ${wheels.length} largest real wheels`,
        value: percent,
        unit: '%',
        better: 'higher',
        limit: THROUGHPUT_GOAL,
        noise: noiseOf(floorSpread, oursSpread),
        detail: `ours ${formatMiBs(oursSpread)} MiB/s; floor (sha256 + BLAKE2b-256, one read) ${formatMiBs(floorSpread)} MiB/s`,
      },
      {
        figure: `check peak RSS, ${wheels.length} largest real wheels`,
        value: rssSpread.median,
        unit: 'MB',
        better: 'lower',
        limit: RSS_GOAL_MB,
        noise: noiseOf(rssSpread),
        detail: `peak RSS ${formatSpread(rssSpread, 'MB')} (MiB; the largest of the per-wheel processes, per run)`,
      },
    ];
    return { lines, goals };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Writes the process's peak RSS (bytes) to $BENCH_RSS_OUT as it exits: loaded with `node --import`. */
const RSS_PRELOAD = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_OUT, String(process.resourceUsage().maxRSS * 1024)));
`;

interface FloorRun {
  readonly ms: number;
  readonly maxRss: number;
  /** Each file's SHA-256 by path, which ours must match. */
  readonly sha256: ReadonlyMap<string, string>;
}

async function runFloor(probe: string, wheels: readonly VisibleWheel[]): Promise<FloorRun> {
  const result = await timed(process.execPath, [probe, ...wheels.map((w) => w.path)]);
  if (result.code !== 0)
    throw new Error(`the hashing floor failed (exit ${result.code}): ${result.stderr.slice(-500)}`);
  const parsed = JSON.parse(result.stdout) as {
    bytes: number;
    maxRssBytes: number;
    files: { path: string; sha256: string }[];
  };
  const expected = wheels.reduce((sum, w) => sum + w.size, 0);
  if (parsed.bytes !== expected)
    throw new Error(`the hashing floor read ${parsed.bytes} bytes, not ${expected}`);
  const sha256 = new Map(parsed.files.map((f) => [f.path, f.sha256]));
  return { ms: result.ms, maxRss: parsed.maxRssBytes, sha256 };
}

/** One `check --json` process per wheel; each must PASS (a refusal of a wheel PyPI accepted is our bug). */
async function runOurs(
  cli: string,
  preload: string,
  wheels: readonly VisibleWheel[],
  work: string,
  floorSha256: ReadonlyMap<string, string>,
): Promise<{ ms: number; maxRss: number }> {
  let ms = 0;
  let maxRss = 0;
  const rssFile = join(work, 'rss');
  for (const wheel of wheels) {
    const result = await timed(process.execPath, ['--import', preload, cli, 'check', '--json', wheel.path], {
      env: { ...process.env, BENCH_RSS_OUT: rssFile },
    });
    const report = result.code === 0 ? undefined : result.stdout || result.stderr;
    if (report !== undefined) {
      throw new Error(
        `pypi-release check refused ${wheel.path} (exit ${result.code}): ${report.slice(0, 2000)}`,
      );
    }
    const digest = (JSON.parse(result.stdout) as { files: { sha256: string }[] }).files[0]?.sha256;
    if (digest !== floorSha256.get(wheel.path)) {
      throw new Error(
        `check gave ${wheel.path} the sha256 ${digest}, the floor ${floorSha256.get(wheel.path)}`,
      );
    }
    ms += result.ms;
    maxRss = Math.max(maxRss, Number(await readFile(rssFile, 'utf8')));
  }
  return { ms, maxRss };
}

/** Rows of cells, each column as wide as its widest cell. */
function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((r) => (r[column] ?? '').length)));
  return rows
    .map((r) =>
      r
        .map((cell, column) => cell.padEnd(widths[column]! + 2))
        .join('')
        .trimEnd(),
    )
    .join('\n');
}

function formatMiBs(s: ReturnType<typeof spreadOf>): string {
  return `${s.median.toFixed(0)} (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)}, ${s.runs} runs)`;
}
