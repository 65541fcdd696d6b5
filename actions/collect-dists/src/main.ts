import { tmpdir } from 'node:os';
import { checkDistributions, failingProblems, releaseOf } from '@pypi-release/dists';
import { digestsOf } from '@pypi-release/release-artifact';
import { allProblems, checkSummaryMarkdown } from '@pypi-release/report';
import * as core from '@pypi-release/workflow-commands';
import * as z from '@pypi-release/zod';
import { gatherArtifacts, uploadReleaseArtifact } from './release-artifact';

const inputsSchema = z.object({
  paths: z
    .array(z.string())
    .check(z.minLength(1, 'input `path` is empty: name a folder, file or glob such as `dist`')),
  strict: z.boolean(),
  pattern: z.optional(z.string()),
  artifactName: z
    .string()
    .check(z.minLength(1, 'input `artifact-name` is empty: name the release artifact, e.g. release-dists')),
  upload: z.enum(['auto', 'true', 'false'], 'input `upload` must be auto, true or false'),
});

function readInputs() {
  const paths = core
    .getInput('path')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const pattern = core.getInput('pattern');
  const parsed = inputsSchema.safeParse({
    ...{ paths, strict: core.getBooleanInput('strict'), pattern: pattern === '' ? undefined : pattern },
    ...{ artifactName: core.getInput('artifact-name'), upload: core.getInput('upload') || 'auto' },
  });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  const { upload, ...inputs } = parsed.data;
  return { ...inputs, upload: upload === 'auto' ? inputs.pattern !== undefined : upload === 'true' };
}

async function run(): Promise<void> {
  const inputs = readInputs();
  const env = process.env;
  const context = {
    ...{
      commit: env.GITHUB_SHA ?? '',
      runId: env.GITHUB_RUN_ID ?? '',
      runAttempt: env.GITHUB_RUN_ATTEMPT ?? '',
    },
    ...{ repository: env.GITHUB_REPOSITORY ?? '', tempDir: env.RUNNER_TEMP || tmpdir() },
  };
  const paths = inputs.pattern ? [await gatherArtifacts(inputs.pattern, context.tempDir)] : inputs.paths;
  const report = await core.group('Checking distributions', async () => {
    const result = await checkDistributions(paths, { strict: inputs.strict });
    for (const file of result.files) core.info(`${file.filename}  ${file.size} bytes  sha256 ${file.sha256}`);
    return result;
  });
  await core.appendSummary(checkSummaryMarkdown(report, 'Release distributions'));
  const problems = allProblems(report);
  const failing = failingProblems(report, inputs.strict);
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
  core.setOutput('digests', JSON.stringify(digestsOf(report.files)));
  if (failing.length > 0) {
    const lines = failing.map((p) => `- [${p.code}] ${p.message}`);
    core.setFailed(`${failing.length} problem(s) would make PyPI refuse this release:\n${lines.join('\n')}`);
  } else if (inputs.upload && release) {
    const id = await uploadReleaseArtifact(inputs.artifactName, report, release, context);
    core.setOutput('artifact-name', inputs.artifactName);
    core.setOutput('artifact-id', id);
    await core.appendSummary(`\nUploaded as artifact \`${inputs.artifactName}\` (id ${id}).\n`);
  }
}

run().catch((error: unknown) => core.setFailed(error instanceof Error ? error.message : String(error)));
