/**
 * `npx tsx bench/cold-start-compare.ts <action folder A> [<action folder B>] [--runs N]`: the cold start of two
 * bundles of the publish action (B defaults to actions/publish), spawn to first request on Node 24 as
 * `bench/cold-start.ts` measures it, alternating A and B run by run (one warm-up each), beside `node -e 0`; then
 * what `node:http2` alone adds to Node 24's start (`require("node:http")` against `require("node:http")` and
 * `require("node:http2")`, interleaved). An older bundle to compare: `git archive <commit> actions/publish | tar
 * -x -C <dir>`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeBinary } from '@pypi-release/actions-runtime';
import { coldStart } from './cold-start';
import { formatSpread, spreadOf } from './goals';
import { checkedRelease } from './publish-runs';
import { ROOT, timed } from './support';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '12' } },
});
const [first, second = join(ROOT, 'actions/publish')] = positionals;
if (!first)
  throw new Error(
    'usage: npx tsx bench/cold-start-compare.ts <action folder A> [<action folder B>] [--runs N]',
  );
const folders = [resolve(first), resolve(second)] as const;
const runs = Number(values.runs);
const node = await nodeBinary(24);
const work = await mkdtemp(join(tmpdir(), 'bench-cold-compare-'));
try {
  const release = join(work, 'release');
  await checkedRelease(release, 1, 1);
  const samples: [number[], number[]] = [[], []];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    for (const [k, folder] of folders.entries()) samples[k]!.push(...(await coldStart(release, 1, folder)));
    floor.push((await timed(node, ['-e', '0'])).ms);
  }
  for (const [k, folder] of folders.entries()) {
    process.stdout.write(`${folder}: spawn to first request ${formatSpread(spreadOf(samples[k]!), 'ms')}\n`);
  }
  process.stdout.write(`node -e 0 (Node 24), interleaved: ${formatSpread(spreadOf(floor), 'ms')}\n`);

  const probes = {
    http: 'require("node:http")',
    'http and http2': 'require("node:http"); require("node:http2")',
  } as const;
  const probeSamples: Record<keyof typeof probes, number[]> = { http: [], 'http and http2': [] };
  for (let i = 0; i <= runs; i++) {
    for (const [name, code] of Object.entries(probes) as [keyof typeof probes, string][]) {
      const ms = (await timed(node, ['-e', code])).ms;
      if (i > 0) probeSamples[name].push(ms);
    }
  }
  for (const [name, ms] of Object.entries(probeSamples)) {
    process.stdout.write(
      `node -e '${probes[name as keyof typeof probes]}' (Node 24): ${formatSpread(spreadOf(ms), 'ms')}\n`,
    );
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
