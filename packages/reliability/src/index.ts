export { BAD_INPUT_CASES, runBadInputCorpus } from './bad-inputs/index';
export { runFaultMatrix } from './fault-matrix/index';
export { FUZZ_TARGETS, runFuzzing, TEST_FUZZ_RUNS } from './fuzz/index';
export { LOAD, runLoad } from './load';
export { type Leak, type SecretKind, SecretScanner } from './secret-scanner';
export { runSecretScan, SCENARIOS } from './secrets';
export type { Row, SectionReport } from './section';
export { formatTable } from './table';
export { runWorkflowAudit } from './workflow-audit';
