/**
 * `npx tsx bench/fresh-memory.ts`: what touching fresh memory costs on this machine, the reason hashing.ts reuses
 * its read buffers. Reads 31 files of 1 MiB (generated) into fresh buffers, then times, in this order: one read of a
 * byte per 4 KiB page (the page faults), one per 64-byte line (the pages now mapped), SHA-256 of every buffer, and
 * SHA-256 again; and SHA-256 of 31 freshly read buffers not touched first. Median of 5 rounds.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkedRelease } from './publish-runs';
import { median } from './support';

const work = await mkdtemp(join(tmpdir(), 'bench-fresh-memory-'));
try {
  await checkedRelease(work, 30, 1);
  const paths = (await readdir(work)).map((name) => join(work, name));
  const read = () => Promise.all(paths.map((p) => readFile(p)));
  const time = (work: () => void): number => {
    const started = performance.now();
    work();
    return performance.now() - started;
  };
  const sha = (buffers: Buffer[]) => () => {
    for (const b of buffers) createHash('sha256').update(b).digest();
  };
  const figures: Record<string, number[]> = {
    pages: [],
    lines: [],
    shaTouched: [],
    shaAgain: [],
    shaFresh: [],
  };
  let bytes = 0;
  let sink = 0;
  for (let round = 0; round < 5; round++) {
    const touched = await read();
    bytes = touched.reduce((sum, b) => sum + b.length, 0);
    figures.pages?.push(
      time(() =>
        touched.forEach((b) => {
          for (let i = 0; i < b.length; i += 4096) sink += b[i] ?? 0;
        }),
      ),
    );
    figures.lines?.push(
      time(() =>
        touched.forEach((b) => {
          for (let i = 0; i < b.length; i += 64) sink += b[i] ?? 0;
        }),
      ),
    );
    figures.shaTouched?.push(time(sha(touched)));
    figures.shaAgain?.push(time(sha(touched)));
    figures.shaFresh?.push(time(sha(await read())));
  }
  const mbps = (ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(0);
  const m = (key: string) => median(figures[key] ?? []);
  process.stdout.write(
    `${(bytes / 2 ** 20).toFixed(0)} MiB in ${paths.length} files, median of 5 rounds (checksum ${sink % 10}):\n` +
      `first touch, a byte per 4 KiB page: ${m('pages').toFixed(1)} ms (${((m('pages') * 1000) / (bytes / 4096)).toFixed(1)} µs per page)\n` +
      `then a byte per 64-byte line: ${m('lines').toFixed(1)} ms\n` +
      `SHA-256 of the touched buffers: ${m('shaTouched').toFixed(1)} ms (${mbps(m('shaTouched'))} MB/s), again: ${m('shaAgain').toFixed(1)} ms (${mbps(m('shaAgain'))} MB/s)\n` +
      `SHA-256 of freshly read buffers, untouched: ${m('shaFresh').toFixed(1)} ms (${mbps(m('shaFresh'))} MB/s)\n`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
