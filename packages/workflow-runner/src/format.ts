import type { Outcome, WorkflowRunResult } from './types';

const MARK: Record<Outcome, string> = { success: '✓', failure: '✗', skipped: '–', rejected: '⊘' };

/** The run as text: mapped steps, approvals, each job with its steps, outputs and summary. */
export function formatRun(run: Omit<WorkflowRunResult, 'text'>): string {
  const lines: string[] = ['Mapped to local equivalents:'];
  for (const m of run.mappings) lines.push(`  • ${m}`);
  if (run.approvals.length > 0) lines.push('', 'Environment gates:', ...run.approvals.map((a) => `  • ${a}`));
  for (const job of run.jobs) {
    lines.push(
      '',
      `${MARK[job.outcome]} job ${job.id}: ${job.outcome}${job.reason ? ` (${job.reason})` : ''}`,
    );
    if (job.claims)
      lines.push(
        `    OIDC workflow_ref ${job.claims.workflow_ref}`,
        `    OIDC job_workflow_ref ${job.claims.job_workflow_ref}`,
      );
    for (const step of job.steps) lines.push(`    ${MARK[step.outcome]} ${step.name}`);
    for (const [key, value] of Object.entries(job.outputs)) lines.push(`    output ${key} = ${value}`);
    if (job.summary.trim() !== '')
      lines.push(
        '    summary:',
        ...job.summary
          .trim()
          .split('\n')
          .map((l) => `      ${l}`),
      );
  }
  lines.push('', run.ok ? 'Run succeeded.' : 'Run failed.');
  return `${lines.join('\n')}\n`;
}
