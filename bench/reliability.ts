/**
 * The reliability figures table (issue 7): every section's rows at the benchmark's scale, in the order the
 * sections depend on (the secrets row also counts the places the fault matrix scanned). `pnpm test` checks the
 * same cases one test each (packages/reliability/test); this prints their figures.
 */
import {
  formatTable,
  LOAD,
  type Row,
  runBadInputCorpus,
  runFaultMatrix,
  runFuzzing,
  runLoad,
  runSecretScan,
  runWorkflowAudit,
  SecretScanner,
  type SectionReport,
} from '@pypi-release/reliability';

export interface ReliabilityFigures {
  /** The table, then a `reliability (…): N met, N missed` line and every goal missed. */
  readonly lines: string[];
  readonly failed: boolean;
}

export async function reliabilityFigures(options: { fuzzRuns: number }): Promise<ReliabilityFigures> {
  const scanner = new SecretScanner();
  const started = performance.now();
  const sections: Array<[string, () => Promise<SectionReport> | SectionReport]> = [
    ['workflow audit', () => runWorkflowAudit()],
    ['bad input', () => runBadInputCorpus()],
    ['fuzzing', () => runFuzzing({ runs: options.fuzzRuns })],
    ['fault matrix', () => runFaultMatrix({ scanner })],
    ['secrets', () => runSecretScan({ scanner })],
    ['load', () => runLoad(LOAD)],
  ];
  const rows: Row[] = [];
  const failures: string[] = [];
  for (const [name, run] of sections) {
    const sectionStart = performance.now();
    const report = await run();
    rows.push(...report.rows);
    failures.push(...report.failures);
    process.stderr.write(
      `reliability: ${name} done in ${((performance.now() - sectionStart) / 1000).toFixed(1)} s\n`,
    );
  }
  const met = rows.filter((r) => r.ok).length;
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  return {
    lines: [
      formatTable(rows),
      `reliability (${seconds} s, fuzzing ${options.fuzzRuns} runs per target): ${met} met, ${rows.length - met} missed`,
      ...(failures.length > 0 ? ['Goals missed:', ...failures.map((f) => `- ${f}`)] : []),
    ],
    failed: failures.length > 0,
  };
}
