import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditWorkflow, classifyUses, type Finding, RULES, type RuleId } from '../src/index';

/** A GitHub expression, `${{ expr }}` (spelled so that it is not read as a placeholder). */
const OPEN = '$' + '{{';
const gh = (expr: string): string => `${OPEN} ${expr} }}`;

// A tiny repository: one action with inputs/outputs, a publish action, and a reusable workflow that publishes.
const root = mkdtempSync(join(tmpdir(), 'workflow-audit-'));
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
const options = { root, toolkitRepositories: ['org/toolkit'] };

// A clean workflow exercising every rule's subject; each test plants one violation into it.
const clean = `on: push
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

  const planted: [RuleId, string, string][] = [
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
    [
      'unknown-output',
      `outputs:\n      version: ${OPEN} steps.b`,
      `outputs:\n      version: ${OPEN} steps.c`,
    ],
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
