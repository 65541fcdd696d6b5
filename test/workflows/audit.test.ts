// The project's own rules (packages/workflow-audit) on every workflow: zero findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditFiles, auditWorkflow, formatFinding } from '@pypi-release/workflow-audit';
import { describe, expect, it } from 'vitest';
import { actionFiles, examples, ownWorkflows, root, toolkitRepository, workflowFiles } from './files';

describe('workflow-audit on the repository', () => {
  it('covers the project workflows (ci.yml, pypi-release.yml) and the five examples', () => {
    expect(ownWorkflows).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/pypi-release.yml']),
    );
    expect(examples.length).toBe(5);
  });

  it.each([...workflowFiles, ...actionFiles])('finds nothing in %s', (file) => {
    const findings = auditFiles([file], { root, toolkitRepositories: [toolkitRepository] });
    expect(findings.map(formatFinding)).toEqual([]);
  });
});

describe('README, "Calling the reusable workflow"', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Calling the reusable workflow'));
  const body = section.slice(0, section.indexOf('\n## ', 1));

  it('links every example file, and only existing ones', () => {
    const links = [...body.matchAll(/\]\((test\/fixtures\/workflows\/[\w-]+\.yml)\)/g)].map((m) => m[1]);
    expect(new Set(links)).toEqual(new Set(examples));
  });

  it('shows both forms as snippets that pass the audit', () => {
    const snippets = [...body.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(snippets.length).toBe(2);
    for (const snippet of snippets) {
      const findings = auditWorkflow('README.md', `on: push\npermissions: {}\n${snippet}`, {
        root,
        toolkitRepositories: [toolkitRepository],
      });
      expect(findings.map(formatFinding)).toEqual([]);
    }
  });
});
