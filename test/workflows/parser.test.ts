// @actions/workflow-parser (the parser of GitHub's language services): schema, expressions, `needs`, and the
// inputs/secrets of every reusable-workflow call checked against the called file's `on.workflow_call`.
import {
  convertWorkflowTemplate,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/index';
import { ErrorPolicy } from '@actions/workflow-parser/model/convert';
import type { FileReference } from '@actions/workflow-parser/workflows/file-reference';
import { describe, expect, it } from 'vitest';
import { actionFiles, examples, localPath, read, toolkitRepository, workflowFiles } from './files';

/** A GitHub expression, `${{ expr }}` (spelled so that it is not read as a placeholder). */
const OPEN = '$' + '{{';
const gh = (expr: string): string => `${OPEN} ${expr} }}`;

const fileProvider = {
  async getFileContent(ref: FileReference) {
    const uses =
      'repository' in ref ? `${ref.owner}/${ref.repository}/${ref.path}@${ref.version}` : `./${ref.path}`;
    const path = localPath(uses);
    if (!path) throw new Error(`not in this repository: ${uses}`);
    return { name: path, content: read(path) };
  },
};

async function check(
  name: string,
  content: string,
): Promise<{ errors: string[]; template: WorkflowTemplate }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const template = await convertWorkflowTemplate(parsed.context, parsed.value!, fileProvider, {
    fetchReusableWorkflowDepth: 1,
    errorPolicy: ErrorPolicy.TryConversion,
  });
  return { errors: parsed.context.errors.getErrors().map((e) => e.message), template };
}

describe('@actions/workflow-parser', () => {
  it.each(workflowFiles)('accepts %s', async (file) => {
    const { errors, template } = await check(file, read(file));
    expect(errors).toEqual([]);
    expect(template.jobs?.length).toBeGreaterThan(0);
  });

  it.each(actionFiles)('accepts %s', (file) => {
    const parsed = parseAction({ name: file, content: read(file) }, new NoOperationTraceWriter());
    expect(parsed.context.errors.getErrors().map((e) => e.message)).toEqual([]);
  });

  it('accepts the self-repository syntax `uses: $/actions/<name>` in pypi-release.yml', async () => {
    const { template } = await check('pypi-release.yml', read('.github/workflows/pypi-release.yml'));
    const uses = (template.jobs ?? []).flatMap((job) =>
      'steps' in job ? job.steps.map((s) => ('uses' in s ? s.uses.value : '')) : [],
    );
    expect(uses).toEqual(
      expect.arrayContaining(['$/actions/build', '$/actions/collect-dists', '$/actions/publish']),
    );
  });

  it('resolves every example caller of the reusable workflow to pypi-release.yml', () => {
    const callers = examples.filter((f) => read(f).includes('/.github/workflows/pypi-release.yml@'));
    expect(callers.length).toBeGreaterThanOrEqual(4);
    expect(localPath(`${toolkitRepository}/.github/workflows/pypi-release.yml@v1`)).toBe(
      '.github/workflows/pypi-release.yml',
    );
  });

  // The checks above only mean something if the parser does report these mistakes.
  const caller = read('test/fixtures/workflows/trusted-publishing.yml');
  it.each([
    ['an unknown input of the reusable workflow', 'publish: false', 'publish: false\n      pubish: false'],
    ['an unknown secret', 'publish: false', 'publish: false\n    secrets:\n      api-tokn: x'],
    ['a `needs` on a missing job', 'needs: build', 'needs: biuld'],
    ['a bad expression', `${gh('needs.build.outputs.digests')}`, `${gh('needs.build.outputs.digests )')}`],
  ])('reports %s', async (_what, from, to) => {
    expect(caller).toContain(from);
    const { errors } = await check('planted.yml', caller.replace(from, to));
    expect(errors.length).toBeGreaterThan(0);
  });
});
