/** `pnpm bench`: every benchmark, figures printed as ratios against a peer measured in the same run. */
import { checkBench } from './check-bench';

const quick = process.argv.includes('--quick');
const lines = await checkBench({ wheels: quick ? 200 : 1000, hugeMiB: quick ? 64 : 1024 });
process.stdout.write(`${lines.join('\n')}\n`);
