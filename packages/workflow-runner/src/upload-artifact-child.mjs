// The upload of the runner's `actions/upload-artifact` stand-in, in a process of its own: @actions/artifact's
// client reads the job's runner variables (ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL) from process.env, so each
// job's upload gets its own environment and concurrent runs never share one.
//   node upload-artifact-child.mjs <name> <root-directory> <file>...
// Writes `artifact-id`, `artifact-digest` and `size` to $GITHUB_OUTPUT, as upload-artifact sets its outputs.
import { appendFileSync } from 'node:fs';
import { DefaultArtifactClient } from '@actions/artifact';

const [name = '', rootDirectory = '', ...files] = process.argv.slice(2);
try {
  const response = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory);
  const output = process.env.GITHUB_OUTPUT;
  if (output)
    appendFileSync(
      output,
      `artifact-id=${response.id ?? ''}\nartifact-digest=${response.digest ?? ''}\nsize=${response.size ?? ''}\n`,
    );
} catch (error) {
  process.stderr.write(
    `uploading the artifact "${name}" failed: ${error instanceof Error ? error.message : error}\n`,
  );
  process.exitCode = 1;
}
