/**
 * `npx tsx bench/publish-trace.ts [--latency]`: where one publish spends its time. The bundled CLI publishes 30
 * wheels of 1 MiB and an sdist to a fresh local index (own process; `--latency`: behind the PyPI-like profile of
 * bench/latency-bench.ts), and every line it writes is printed with the milliseconds since its spawn: the
 * pre-flight's end, the first upload, the read-back. Three runs; the figures the README quotes come from here.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_TOKEN, startIndexProcess } from './index-process';
import { PYPI_LIKE } from './latency-bench';
import { checkedRelease } from './publish-runs';
import { bundledCli } from './support';

const latency = process.argv.includes('--latency') ? PYPI_LIKE : undefined;
const work = await mkdtemp(join(tmpdir(), 'bench-trace-'));
try {
  const cli = await bundledCli(join(work, 'cli'));
  const release = join(work, 'release');
  await checkedRelease(release, 30, 1);
  for (let run = 1; run <= 3; run++) {
    const index = await startIndexProcess(100 * 2 ** 20, latency);
    try {
      const started = performance.now();
      const child = spawn(process.execPath, [cli, 'publish', '--repository-url', index.uploadUrl, release], {
        env: { ...process.env, PYPI_TOKEN: BENCH_TOKEN },
      });
      const lines: string[] = [];
      const stamp = (chunk: Buffer): void => {
        const at = (performance.now() - started).toFixed(0).padStart(6);
        for (const line of chunk.toString().split('\n')) if (line.trim()) lines.push(`${at} ms  ${line}`);
      };
      child.stdout.on('data', stamp);
      child.stderr.on('data', stamp);
      const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
      const total = (performance.now() - started).toFixed(0);
      const wanted = lines.filter((l) => /pre-flight passed|tar\.gz: uploaded|Verified through/.test(l));
      process.stdout.write(`run ${run}: exit ${code} after ${total} ms\n${wanted.join('\n')}\n`);
    } finally {
      await index.close();
    }
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
