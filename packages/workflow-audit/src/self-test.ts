// A self-test of the audit: a tiny repository, a clean workflow, and one planted violation per rule (and more),
// used by the unit tests and by the reliability suite and `pnpm bench:reliability` (each rule must catch its planted violation).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AuditOptions, auditWorkflow, RULES, type RuleId } from './index';

/** A GitHub expression, `${{ expr }}` (spelled so that it is not read as a placeholder). */
export const OPEN = '$' + '{{';
export const gh = (expr: string): string => `${OPEN} ${expr} }}`;

// A tiny repository: one action with inputs/outputs, a publish action, and a reusable workflow that publishes.
export function writeAuditFixture(root: string): AuditOptions {
  const write = (path: string, text: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  write(
    'actions/build/action.yml',
    'name: b\ninputs:\n  flavour: {required: false}\n  target: {required: true}\noutputs:\n  version: {}\nruns: {using: node24, main: x.js}\n',
  );
  write(
    'actions/publish/action.yml',
    'name: p\ninputs:\n  artifact-name: {}\noutputs:\n  project-url: {}\nruns: {using: node24, main: x.js}\n',
  );
  write(
    '.github/workflows/release.yml',
    `on:
    workflow_call:
      inputs:
        publish: {type: boolean, default: true}
      secrets:
        token: {required: false}
      outputs:
        digests: {value: "\${{ jobs.b.outputs.digests }}"}
  permissions: {}
  jobs:
    b:
      runs-on: x
      permissions: {}
      outputs: {digests: x}
      steps: [{run: echo}]
    p:
      runs-on: x
      permissions: {id-token: write} # why
      steps: [{uses: $/actions/publish}]
  `,
  );
  return { root, toolkitRepositories: ['org/toolkit'] };
}

/** A clean workflow exercising every rule's subject; each planted violation changes one place of it. */
export const CLEAN_WORKFLOW = `on: push
permissions: {}
jobs:
  build:
    runs-on: ubuntu-24.04
    permissions:
      contents: read # checkout
    outputs:
      version: \${{ steps.b.outputs.version }}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - id: b
        uses: $/actions/build
        with:
          target: x
      - run: echo "$V"
        env:
          V: \${{ steps.b.outputs.version }}
  publish:
    needs: build
    runs-on: ubuntu-24.04
    permissions:
      id-token: write # publishing
    steps:
      - uses: org/toolkit/actions/publish@v1
        with:
          artifact-name: \${{ needs.build.outputs.version }}
  call:
    uses: ./.github/workflows/release.yml
    permissions:
      id-token: write # the callee publishes
    secrets:
      token: \${{ secrets.T }}
`;

export const PLANTED_VIOLATIONS: ReadonlyArray<readonly [RuleId, string, string]> = [
  ['expression-in-run', 'echo "$V"', `echo "${gh('steps.b.outputs.version')}"`],
  ['unpinned-action', '@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2', '@v4'],
  [
    'unpinned-action',
    '11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
    '11bd71901bbe5b1630ceea73d27597364c9af683',
  ],
  ['missing-permissions', 'permissions: {}\n', ''],
  ['missing-permissions', '    permissions:\n      contents: read # checkout\n', ''],
  ['id-token-outside-publish', 'contents: read # checkout', 'id-token: write'],
  ['id-token-outside-publish', 'permissions: {}\n', 'permissions: {id-token: write}\n'],
  ['checkout-persists-credentials', 'persist-credentials: false', 'persist-credentials: true'],
  ['secrets-inherit', `secrets:\n      token: ${gh('secrets.T')}`, 'secrets: inherit'],
  ['pull-request-target', 'on: push', 'on: [push, pull_request_target]'],
  ['unknown-input', 'target: x', 'target: x\n          flavor: typo'],
  ['unknown-input', 'with:\n          target: x', 'with: {}'],
  ['unknown-input', `token: ${gh('secrets.T')}`, `tokn: ${gh('secrets.T')}`],
  ['unknown-output', `outputs:\n      version: ${OPEN} steps.b`, `outputs:\n      version: ${OPEN} steps.c`],
  [
    'unknown-output',
    `version: ${gh('steps.b.outputs.version')}`,
    `version: ${gh('steps.b.outputs.versoin')}`,
  ],
  ['unknown-output', 'needs.build.outputs.version', 'needs.build.outputs.name'],
  ['unknown-output', '    needs: build\n', ''],
  ['unresolved-reference', 'uses: $/actions/build', 'uses: $/actions/biuld'],
  ['unresolved-reference', './.github/workflows/release.yml', './.github/workflows/missing.yml'],
];

/** One planted violation's verdict: the rules the audit reported for it (exactly `[rule]` when caught). */
export interface PlantedVerdict {
  readonly rule: RuleId;
  readonly found: RuleId[];
  readonly caught: boolean;
}

/** Audits the clean workflow (no finding expected) and every planted violation, in a temporary repository. */
export function auditSelfTest(): { clean: RuleId[]; planted: PlantedVerdict[]; uncovered: RuleId[] } {
  const root = mkdtempSync(join(tmpdir(), 'workflow-audit-'));
  try {
    const options = writeAuditFixture(root);
    const rules = (text: string) => auditWorkflow('w.yml', text, options).map((f) => f.rule);
    const planted = PLANTED_VIOLATIONS.map(([rule, from, to]) => {
      const found = CLEAN_WORKFLOW.includes(from) ? rules(CLEAN_WORKFLOW.replace(from, to)) : [];
      return { rule, found, caught: found.length === 1 && found[0] === rule };
    });
    const covered = new Set(PLANTED_VIOLATIONS.map(([rule]) => rule));
    return { clean: rules(CLEAN_WORKFLOW), planted, uncovered: RULES.filter((r) => !covered.has(r)) };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
