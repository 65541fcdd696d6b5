import { parseArgs } from 'node:util';
import { type BuildResult, buildProject } from '@pypi-release/builder';
import { formatBytes, formatTable } from '@pypi-release/report';
import * as z from '@pypi-release/zod';
import { type Command, EXIT_OK, UsageError } from '../cli-io';

const optionsSchema = z.object({
  projectDir: z._default(z.string(), '.'),
  outdir: z.optional(z.string()),
  isolation: z.boolean(),
  sdist: z.boolean(),
  wheel: z.boolean(),
  python: z.optional(z.string().check(z.minLength(1))),
  frontend: z._default(z.enum(['build', 'uv'], { error: '--frontend must be `build` or `uv`' }), 'build'),
  args: z.array(z.string()),
});

export const buildCommand: Command = async (args, io) => {
  const o = parseBuildArgs(args);
  const result = await buildProject(
    {
      workingDirectory: o.projectDir,
      outdir: o.outdir,
      python: o.python,
      frontend: o.frontend,
      isolation: o.isolation,
      // Neither flag: both (the wheel from the sdist); one flag: only that one.
      sdist: o.sdist || !o.wheel,
      wheel: o.wheel || !o.sdist,
      args: o.args,
      env: io.env,
    },
    { logger: { info: (m) => io.stderr(`${m}\n`) } },
  );
  io.stdout(formatBuild(result));
  return EXIT_OK;
};

function parseBuildArgs(args: readonly string[]): z.infer<typeof optionsSchema> {
  const { values, tokens } = parseArgs({
    args: [...args],
    allowPositionals: true,
    tokens: true,
    options: {
      outdir: { type: 'string' },
      'no-isolation': { type: 'boolean' },
      sdist: { type: 'boolean' },
      wheel: { type: 'boolean' },
      python: { type: 'string' },
      frontend: { type: 'string' },
    },
  });
  const end = tokens.find((t) => t.kind === 'option-terminator')?.index ?? args.length;
  const dirs = tokens.flatMap((t) => (t.kind === 'positional' && t.index < end ? [t.value] : []));
  if (dirs.length > 1)
    throw new UsageError(`name one project folder, not ${dirs.length} (${dirs.join(', ')})`);
  const parsed = optionsSchema.safeParse({
    projectDir: dirs[0],
    outdir: values.outdir,
    isolation: !values['no-isolation'],
    sdist: values.sdist ?? false,
    wheel: values.wheel ?? false,
    python: values.python,
    frontend: values.frontend,
    args: args.slice(end + 1),
  });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}

export function formatBuild(result: BuildResult): string {
  const rows = result.dists.map((d) => [d.filename, d.kind, formatBytes(d.size), d.sha256]);
  return [
    formatTable(['file', 'kind', 'size', 'sha256'], rows),
    '',
    `Built ${result.name} ${result.version} into ${result.distDir}`,
    '',
  ].join('\n');
}
