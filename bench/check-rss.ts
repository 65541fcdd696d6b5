/** Checks the given paths with the library and prints the peak resident set size (bytes) as JSON. */
import { checkDistributions } from '@pypi-release/dists';

const report = await checkDistributions(process.argv.slice(2));
const errors = report.files.flatMap((f) => f.problems).filter((p) => p.severity === 'error');
process.stdout.write(
  `${JSON.stringify({ ok: report.ok, files: report.files.length, errors: errors.map((e) => e.code), maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
