import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { auditFiles, auditSelfTest, formatFinding } from '@pypi-release/workflow-audit';
import { SectionBuilder, type SectionReport } from './section';

const ROOT = join(import.meta.dirname, '../../..');
/** The placeholder the examples use for this toolkit's repository (`org/toolkit/actions/publish@v1`). */
const TOOLKIT = 'org/toolkit';

/** Every workflow of the repository, every example caller, and every action's `action.yml`. */
export function auditedFiles(root = ROOT): string[] {
  const yaml = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${dir}/${f}`);
  const actions = readdirSync(join(root, 'actions'))
    .sort()
    .map((a) => `actions/${a}/action.yml`);
  return [...yaml('.github/workflows'), ...yaml('test/fixtures/workflows'), ...actions];
}

/** The workflow security rules over every workflow and action file (zero findings), and their self-test. */
export function runWorkflowAudit(): SectionReport {
  const section = new SectionBuilder('workflow audit');
  const files = auditedFiles();
  const findings = auditFiles(files, { root: ROOT, toolkitRepositories: [TOOLKIT] });
  section.add(
    {
      case: 'every workflow and action file',
      outcome: findings.length === 0 ? 'no finding' : `${findings.length} finding(s)`,
      figures: `${files.length} files`,
      ok: findings.length === 0,
    },
    findings.map(formatFinding).join('; '),
  );
  const { clean, planted, uncovered } = auditSelfTest();
  const missed = planted.filter((p) => !p.caught);
  const rules = new Set(planted.map((p) => p.rule));
  section.add(
    {
      case: 'each rule catches a planted violation',
      outcome: missed.length === 0 ? 'all caught' : `${missed.length} missed`,
      figures: `${rules.size} rules, ${planted.length} planted violations, ${planted.length - missed.length} caught`,
      ok: missed.length === 0 && uncovered.length === 0 && clean.length === 0,
    },
    [
      ...missed.map((p) => `${p.rule}: found [${p.found.join(', ')}]`),
      ...uncovered.map((r) => `${r}: no planted violation`),
      ...(clean.length > 0 ? [`the clean workflow has findings: ${clean.join(', ')}`] : []),
    ].join('; '),
  );
  return section.report();
}
