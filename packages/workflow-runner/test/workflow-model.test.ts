import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidWorkflowError, loadWorkflow, toolkitResolver } from '../src/workflow-model';

const root = join(import.meta.dirname, '../../..');
const read = (file: string): Promise<string> => readFile(join(root, file), 'utf8');
const OPEN = '$' + '{{';

describe('workflow model (GitHub parser)', () => {
  it('takes jobs, needs, if, steps and the call of pypi-release.yml from the parsed template', async () => {
    const { model, called } = await loadWorkflow(
      'pure-python.yml',
      await read('test/fixtures/workflows/pure-python.yml'),
      toolkitResolver(root),
    );
    expect(Object.keys(model.jobs)).toEqual(['pypi']);
    expect(model.jobs.pypi?.uses).toBe('org/toolkit/.github/workflows/pypi-release.yml@v1');
    expect(model.jobs.pypi?.secrets).toEqual({ 'api-token': `${OPEN} secrets.PYPI_API_TOKEN }}` });
    const call = called.get('pypi');
    expect(Object.keys(call?.model.jobs ?? {})).toEqual(['release-build', 'pypi-publish']);
    const publish = call?.model.jobs['pypi-publish'];
    expect(publish?.needs).toEqual(['release-build']);
    // GitHub's implicit status check wraps the written condition.
    expect(publish?.if).toBe(`${OPEN} success() && (inputs.publish) }}`);
    expect(publish?.permissions).toEqual({ 'id-token': 'write' });
    const build = call?.model.jobs['release-build']?.steps?.find((s) => s.uses === '$/actions/build');
    expect(build?.id).toBe('build');
    // `with:` is not in the template: taken from the same file, by step index.
    expect(build?.with).toMatchObject({ frontend: `${OPEN} inputs.frontend }}`, 'upload-artifact': true });
    expect(call?.inputs.publish).toMatchObject({ type: 'boolean', default: true });
    expect(call?.outputs.digests).toBe(`${OPEN} jobs.release-build.outputs.digests }}`);
  });

  it.each([
    ['a `needs` on a missing job', 'needs: build', 'needs: biuld'],
    ['an unknown input of the reusable workflow', 'publish: false', 'publish: false\n      pubish: false'],
    [
      'a bad expression',
      `${OPEN} needs.build.outputs.digests }}`,
      `${OPEN} needs.build.outputs.digests ) }}`,
    ],
  ])('refuses a file with %s, as GitHub refuses to start it', async (_what, from, to) => {
    const caller = await read('test/fixtures/workflows/trusted-publishing.yml');
    expect(caller).toContain(from);
    await expect(
      loadWorkflow('planted.yml', caller.replace(from, to), toolkitResolver(root)),
    ).rejects.toBeInstanceOf(InvalidWorkflowError);
  });
});
