import * as core from '@actions/core';
import { checkDistributions, releaseOf } from '@pypi-release/dists';
import { allProblems, checkSummaryMarkdown } from '@pypi-release/report';
import { z } from 'zod';

const inputsSchema = z.object({
  paths: z.array(z.string()).min(1, 'input `path` is empty: name a folder, file or glob such as `dist`'),
  strict: z.boolean(),
});

function readInputs(): z.infer<typeof inputsSchema> {
  const paths = core
    .getInput('path')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const parsed = inputsSchema.safeParse({ paths, strict: core.getBooleanInput('strict') });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const report = await core.group('Checking distributions', async () => {
    const result = await checkDistributions(inputs.paths, { strict: inputs.strict });
    for (const file of result.files) core.info(`${file.filename}  ${file.size} bytes  sha256 ${file.sha256}`);
    return result;
  });
  await core.summary.addRaw(checkSummaryMarkdown(report, 'Release distributions')).write();
  const problems = allProblems(report);
  const failing = problems.filter(
    (p) => p.severity === 'error' || (inputs.strict && p.severity === 'warning'),
  );
  for (const p of problems.filter((p) => !failing.includes(p))) {
    if (p.severity === 'warning') core.warning(p.message, { title: p.code });
    else core.notice(p.message, { title: p.code });
  }
  const release = releaseOf(report.files);
  core.setOutput('name', release?.name ?? '');
  core.setOutput('version', release?.version ?? '');
  core.setOutput(
    'files',
    JSON.stringify(report.files.map((f) => ({ filename: f.filename, size: f.size, sha256: f.sha256 }))),
  );
  core.setOutput('count', report.files.length);
  if (failing.length > 0) {
    const lines = failing.map((p) => `- [${p.code}] ${p.message}`);
    core.setFailed(`${failing.length} problem(s) would make PyPI refuse this release:\n${lines.join('\n')}`);
  }
}

run().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
