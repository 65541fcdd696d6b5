/**
 * `check` over 1,000 generated wheels against Debian's `twine check` on the same files, in the same run,
 * and the peak memory of checking a 1 GiB wheel.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, bundledCli, median, ROOT, row, TOOL_PYTHON, timed } from './support';

const RUNS = 3;

export async function checkBench(options: { wheels: number; hugeMiB: number }): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'bench-check-'));
  const lines: string[] = [];
  try {
    const cli = await bundledCli(join(work, 'cli'));
    const many = join(work, 'many');
    await mustRun(TOOL_PYTHON, [join(ROOT, 'bench/make_wheels.py'), 'many', many, String(options.wheels)]);
    const ours: number[] = [];
    const twine: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const a = await timed(process.execPath, [cli, 'check', '--json', many]);
      const report = JSON.parse(a.stdout) as { files: { problems: { severity: string }[] }[] };
      const fileErrors = report.files.flatMap((f) => f.problems).filter((p) => p.severity === 'error');
      if (report.files.length !== options.wheels || fileErrors.length > 0) {
        throw new Error(
          `our check did not pass the generated wheels: ${JSON.stringify(fileErrors.slice(0, 3))}`,
        );
      }
      ours.push(a.ms);
      const b = await timed('twine', ['check', '--strict', ...(await globbed(many))]);
      if (b.code !== 0) throw new Error(`twine check failed: ${b.stderr.slice(-500)}`);
      twine.push(b.ms);
    }
    const oursMs = median(ours);
    const twineMs = median(twine);
    lines.push(
      `check: ${options.wheels} generated wheels, median of ${RUNS} runs (wall time, process start included)`,
    );
    lines.push(row(['tool', 'time', 'files/s']));
    lines.push(
      row(['pypi-release check', `${oursMs.toFixed(0)} ms`, (options.wheels / (oursMs / 1000)).toFixed(0)]),
    );
    lines.push(
      row([
        'twine check --strict',
        `${twineMs.toFixed(0)} ms`,
        (options.wheels / (twineMs / 1000)).toFixed(0),
      ]),
    );
    lines.push(`speed-up over twine: ${(twineMs / oursMs).toFixed(1)}x (goal: >= 20x)`);

    const huge = join(work, 'huge');
    await mustRun(TOOL_PYTHON, [join(ROOT, 'bench/make_wheels.py'), 'huge', huge, String(options.hugeMiB)]);
    const rssProbe = await bundle(join(ROOT, 'bench/check-rss.ts'), join(work, 'check-rss'));
    const probe = await timed(process.execPath, [rssProbe, huge]);
    const result = JSON.parse(probe.stdout) as { ok: boolean; maxRssBytes: number; errors: string[] };
    lines.push(
      `peak RSS checking a ${options.hugeMiB} MiB wheel: ${(result.maxRssBytes / 2 ** 20).toFixed(0)} MB in ${probe.ms.toFixed(0)} ms (goal: < 150 MB; ok=${result.ok}${result.errors.length ? `, ${result.errors.join(',')}` : ''})`,
    );
    return lines;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function globbed(dir: string): Promise<string[]> {
  const { readdir } = await import('node:fs/promises');
  return (await readdir(dir)).map((n) => join(dir, n));
}

async function mustRun(command: string, args: string[]): Promise<void> {
  const result = await timed(command, args);
  if (result.code !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed (exit ${result.code}): ${result.stderr.slice(-500)}`,
    );
}
