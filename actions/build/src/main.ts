import { randomUUID } from 'node:crypto';
import { buildProject, parseFrontendLock, redactUrl } from '@pypi-release/builder';
import * as core from '@pypi-release/workflow-commands';
import lockData from '../frontend-lock.json';
import { readInputs } from './inputs';
import { summaryMarkdown } from './summary';
import { artifactUploader, type DistUploader } from './uploader';

async function run(uploader: DistUploader): Promise<void> {
  const env = process.env;
  const inputs = readInputs(env);
  const credentials = inputs.indexUrl ? new URL(inputs.indexUrl) : undefined;
  const secret = credentials?.password || credentials?.username;
  if (secret) core.setSecret(decodeURIComponent(secret));
  const lock = parseFrontendLock(lockData, 'actions/build/frontend-lock.json');
  const frontendInstall = { lock, tempDir: inputs.runnerTemp, indexUrl: inputs.indexUrl };
  const logger = { info: (m: string) => core.info(m) };
  // The build's output is the project's: a line in it must not be taken for a workflow command.
  const resume = randomUUID();
  const result = await core.group(`Building ${inputs.workingDirectory}`, async () => {
    core.info(`::stop-commands::${resume}`);
    try {
      if (inputs.indexUrl) core.info(`index: ${redactUrl(inputs.indexUrl)} (input index-url)`);
      return await buildProject({ ...inputs, env, frontendInstall }, { logger });
    } finally {
      core.info(`::${resume}::`);
    }
  });
  core.setOutput('name', result.name);
  core.setOutput('version', result.version);
  core.setOutput('requires-python', result.requiresPython ?? '');
  core.setOutput('dists', JSON.stringify(result.dists));
  core.setOutput('dist-dir', result.distDir);
  let uploaded: string | undefined;
  if (inputs.uploadArtifact) {
    const paths = result.dists.map((d) => d.path);
    await core.group(`Uploading artifact ${inputs.artifactName}`, () =>
      uploader.upload(inputs.artifactName, paths, result.distDir),
    );
    uploaded = inputs.artifactName;
  }
  core.setOutput('artifact-name', uploaded ?? '');
  await core.appendSummary(summaryMarkdown(result, uploaded));
}

run(artifactUploader()).catch((error: unknown) =>
  core.setFailed(error instanceof Error ? error.message : String(error)),
);
