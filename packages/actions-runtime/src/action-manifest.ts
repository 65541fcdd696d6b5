import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as z from '@pypi-release/zod';
import { parse } from 'yaml';

const manifestSchema = z.object({
  name: z.string(),
  inputs: z._default(
    z.record(
      z.string(),
      z.object({
        description: z.string(),
        required: z.optional(z.boolean()),
        default: z.optional(z.string()),
      }),
    ),
    {},
  ),
  outputs: z._default(z.record(z.string(), z.object({ description: z.string() })), {}),
  runs: z.object({ using: z.string(), main: z.string() }),
});

export type ActionManifest = z.infer<typeof manifestSchema>;

/** Reads and validates an action's `action.yml`. */
export async function readActionManifest(actionDir: string): Promise<ActionManifest> {
  const file = join(actionDir, 'action.yml');
  const parsed = manifestSchema.safeParse(parse(await readFile(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
