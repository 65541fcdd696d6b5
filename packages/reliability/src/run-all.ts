import { runBadInputCorpus } from './bad-inputs/index';
import { runFaultMatrix } from './fault-matrix/index';
import { runFuzzing } from './fuzz/index';
import { runLoad } from './load';
import { SecretScanner } from './secret-scanner';
import { runSecretScan } from './secrets';
import type { Row, Scale, SectionReport } from './section';
import { runWorkflowAudit } from './workflow-audit';

/** The sections of `pnpm test:reliability`, in the order they run (the secret scan needs the matrix's logs). */
export const SECTIONS = [
  'workflow audit',
  'bad input',
  'fuzzing',
  'fault matrix',
  'secrets',
  'load',
] as const;
export type SectionName = (typeof SECTIONS)[number];

export interface ReliabilityResult {
  readonly rows: Row[];
  readonly failures: string[];
  /** Seconds each section took. */
  readonly seconds: Record<string, number>;
}

/** Runs the chosen sections (default: all) at `scale`, reporting each as it finishes through `onSection`. */
export async function runReliability(
  scale: Scale,
  options: { only?: readonly SectionName[]; onSection?: (name: SectionName, seconds: number) => void } = {},
): Promise<ReliabilityResult> {
  const scanner = new SecretScanner();
  const run: Record<SectionName, () => Promise<SectionReport> | SectionReport> = {
    'workflow audit': () => runWorkflowAudit(),
    'bad input': () => runBadInputCorpus(),
    fuzzing: () => runFuzzing({ runs: scale.fuzzRuns }),
    'fault matrix': () => runFaultMatrix({ scanner }),
    secrets: () => runSecretScan({ scanner }),
    load: () => runLoad({ publishers: scale.loadPublishers, filesEach: scale.loadFilesEach }),
  };
  const rows: Row[] = [];
  const failures: string[] = [];
  const seconds: Record<string, number> = {};
  for (const name of SECTIONS) {
    if (options.only && !options.only.includes(name)) continue;
    const started = performance.now();
    const report = await run[name]();
    seconds[name] = (performance.now() - started) / 1000;
    rows.push(...report.rows);
    failures.push(...report.failures);
    options.onSection?.(name, seconds[name]);
  }
  return { rows, failures, seconds };
}
