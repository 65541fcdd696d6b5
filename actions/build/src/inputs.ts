import { defaultArtifactName } from '@pypi-release/builder';
import * as core from '@pypi-release/workflow-commands';
import * as z from '@pypi-release/zod';

const inputsSchema = z
  .object({
    workingDirectory: z.string(),
    python: z.optional(z.string()),
    frontend: z.enum(['build', 'uv'], { error: 'input `frontend` must be `build` or `uv`' }),
    sdist: z.boolean(),
    wheel: z.boolean(),
    isolation: z.boolean(),
    outdir: z.optional(z.string()),
    args: z.array(z.string()),
    uploadArtifact: z.boolean(),
    artifactName: z.string(),
    indexUrl: z.optional(
      z.url({ protocol: /^(https?|file)$/, error: 'input `index-url` must be an http(s):// or file:// URL' }),
    ),
    /** Where the private venv of the frontend goes: the runner's temporary folder, emptied after each job. */
    runnerTemp: z.string({ error: 'RUNNER_TEMP is not set: this action runs on a GitHub Actions runner' }),
  })
  .check(
    z.refine(
      (i) => i.sdist || i.wheel,
      'inputs `sdist` and `wheel` are both false: set at least one to true',
    ),
  );

/** Every input, read once; empty strings become undefined and the defaults apply. */
export function readInputs(env: NodeJS.ProcessEnv): z.infer<typeof inputsSchema> {
  const workingDirectory = core.getInput('working-directory') || '.';
  const matrix = core.getInput('matrix') || 'null';
  const parsed = inputsSchema.safeParse({
    workingDirectory,
    python: core.getInput('python') || undefined,
    frontend: core.getInput('frontend') || 'build',
    sdist: core.getBooleanInput('sdist'),
    wheel: core.getBooleanInput('wheel'),
    isolation: core.getBooleanInput('isolation'),
    outdir: core.getInput('outdir') || undefined,
    args: argList(core.getInput('args')),
    uploadArtifact: core.getBooleanInput('upload-artifact'),
    artifactName:
      core.getInput('artifact-name') ||
      defaultArtifactName(env.GITHUB_JOB ?? 'build', matrix, workingDirectory),
    indexUrl: core.getInput('index-url') || undefined,
    runnerTemp: env.RUNNER_TEMP || undefined,
  });
  if (!parsed.success) throw new Error(z.prettifyError(parsed.error));
  return parsed.data;
}

/** One argument per line when there are several lines (values may hold spaces), else split on spaces. */
function argList(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  return trimmed.includes('\n')
    ? trimmed
        .split(/\r?\n/)
        .map((a) => a.trim())
        .filter(Boolean)
    : trimmed.split(/\s+/);
}
