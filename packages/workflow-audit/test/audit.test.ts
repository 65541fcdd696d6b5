import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditWorkflow, classifyUses, type Finding, RULES, type RuleId } from '../src/index';
import { CLEAN_WORKFLOW, gh, PLANTED_VIOLATIONS, writeAuditFixture } from '../src/self-test';

const root = mkdtempSync(join(tmpdir(), 'workflow-audit-'));
const options = writeAuditFixture(root);
const clean = CLEAN_WORKFLOW;

const audit = (text: string): Finding[] => auditWorkflow('w.yml', text, options);
const rules = (text: string): RuleId[] => audit(text).map((f) => f.rule);
const plant = (from: string, to: string): string => {
  expect(clean).toContain(from);
  return clean.replace(from, to);
};

describe('workflow-audit', () => {
  it('finds nothing in the clean workflow', () => {
    expect(audit(clean)).toEqual([]);
  });

  const planted = PLANTED_VIOLATIONS;
  it.each(planted)('%s: catches a planted violation (%#)', (rule, from, to) => {
    expect(rules(plant(from, to))).toEqual([rule]);
  });

  it('has a planted violation for every rule', () => {
    expect(new Set(planted.map(([rule]) => rule))).toEqual(new Set(RULES));
  });

  it('reports the line of the violation', () => {
    const [finding] = audit(plant('persist-credentials: false', 'persist-credentials: true'));
    expect(finding?.line).toBe(11);
    expect(finding?.path).toBe('jobs.build.steps[0].uses');
  });

  it('treats the toolkit by tag as first-party only when configured', () => {
    expect(auditWorkflow('w.yml', clean, { root }).map((f) => f.rule)).toContain('unpinned-action');
    expect(classifyUses('org/toolkit/actions/publish@v1', ['org/toolkit'])).toEqual({
      kind: 'toolkit',
      path: 'actions/publish',
    });
    expect(classifyUses('$/actions/publish')).toEqual({ kind: 'local', path: 'actions/publish' });
  });

  it('allows id-token: write on a job that runs npm publish, not on one that only dry-runs it', () => {
    const npmJob = (run: string) => `on: push
permissions: {}
jobs:
  npm:
    runs-on: x
    permissions:
      id-token: write
    steps:
      - run: ${run}
`;
    expect(rules(npmJob('npm publish --provenance --access public'))).toEqual([]);
    expect(rules(npmJob('npm publish --dry-run'))).toEqual(['id-token-outside-publish']);
    expect(rules(npmJob('npm pack'))).toEqual(['id-token-outside-publish']);
  });

  it('checks the outputs of a reusable workflow through its workflow_call.outputs', () => {
    const text = `${clean}  after:
    needs: call
    runs-on: x
    permissions: {}
    steps:
      - run: echo "$D"
        env:
          D: \${{ needs.call.outputs.digests }}
`;
    expect(audit(text)).toEqual([]);
    expect(rules(text.replace('needs.call.outputs.digests', 'needs.call.outputs.digest'))).toEqual([
      'unknown-output',
    ]);
  });

  it('checks workflow_call outputs against the job outputs', () => {
    const text = `on:
  workflow_call:
    outputs:
      v: {value: "\${{ jobs.build.outputs.nope }}"}
${clean.slice(clean.indexOf('permissions'))}`;
    expect(rules(text)).toEqual(['unknown-output']);
  });
});

describe('workflow-audit on action files', () => {
  const actionRoot = mkdtempSync(join(tmpdir(), 'workflow-audit-actions-'));
  const at = (path: string, text: string): Finding[] => {
    mkdirSync(join(actionRoot, path, '..'), { recursive: true });
    writeFileSync(join(actionRoot, path), text);
    return auditWorkflow(path, text, { root: actionRoot });
  };

  it('accepts a JavaScript action whose bundle exists', () => {
    writeFileSync(join(actionRoot, 'present.js'), '');
    expect(at('action.yml', 'name: a\nruns: {using: node24, main: present.js}\n')).toEqual([]);
  });

  it('reports a JavaScript action whose main is missing', () => {
    const findings = at('js/action.yml', 'name: a\nruns: {using: node24, main: dist/index.js}\n');
    expect(findings.map((f) => [f.rule, f.path])).toEqual([['unresolved-reference', 'runs.main']]);
  });

  it('applies the step rules to a composite action', () => {
    const findings = at(
      'composite/action.yml',
      `name: c\nruns:\n  using: composite\n  steps:\n    - uses: actions/checkout@v4\n    - run: echo "${gh('inputs.x')}"\n      shell: bash\n`,
    );
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'checkout-persists-credentials',
      'expression-in-run',
      'unpinned-action',
    ]);
  });
});
