import { createHash } from 'node:crypto';
import * as z from '@pypi-release/zod';
import { BuildError } from './errors';

const lockedWheelSchema = z.object({
  name: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/)),
  version: z.string().check(z.regex(/^[0-9][0-9A-Za-z.+!-]*$/)),
  /** A PEP 508 environment marker: the package is installed only where it holds (`os_name == "nt"`). */
  marker: z.optional(z.string()),
  wheel: z.string().check(z.endsWith('.whl')),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'a sha256 is 64 lowercase hex digits')),
  'requires-python': z.optional(z.string()),
});

const lockSchema = z.object({
  comment: z.optional(z.string()),
  /** The Python versions the lock covers as a whole (what pip needs there is all locked). */
  'requires-python': z.string(),
  packages: z.array(lockedWheelSchema).check(
    z.minLength(1),
    z.refine((p) => p.some((w) => w.name === 'build'), 'the lock must pin `build`'),
  ),
});

/** The pinned `build` frontend and every wheel pip needs for it, each with PyPI's sha256. */
export interface FrontendLock {
  /** Where the lock came from, for messages (`actions/build/frontend-lock.json`). */
  readonly source: string;
  readonly requiresPython: string;
  readonly packages: readonly LockedWheel[];
}

export type LockedWheel = z.infer<typeof lockedWheelSchema>;

/** Reads a lock (already parsed JSON); a malformed one is an internal fault of the action, named with its file. */
export function parseFrontendLock(data: unknown, source: string): FrontendLock {
  const parsed = lockSchema.safeParse(data);
  if (!parsed.success)
    throw new BuildError(
      'internal',
      `the frontend lock ${source} is malformed: ${z.prettifyError(parsed.error)}`,
    );
  return { source, requiresPython: parsed.data['requires-python'], packages: parsed.data.packages };
}

/** The pinned `build` wheel. */
export function lockedBuild(lock: FrontendLock): LockedWheel {
  const build = lock.packages.find((p) => p.name === 'build');
  if (!build) throw new BuildError('internal', `the frontend lock ${lock.source} pins no \`build\``);
  return build;
}

/** The lock as a pip requirements file for `pip install --require-hashes -r`: one pinned, hashed line per wheel. */
export function requirementsText(lock: FrontendLock): string {
  const lines = lock.packages.map(
    (p) => `${p.name}==${p.version}${p.marker ? ` ; ${p.marker}` : ''} --hash=sha256:${p.sha256}`,
  );
  return `# generated from ${lock.source}\n${lines.join('\n')}\n`;
}

/** A short digest of the lock, naming the private venv it fills (another lock gets another venv). */
export function lockDigest(lock: FrontendLock): string {
  return createHash('sha256').update(requirementsText(lock)).digest('hex').slice(0, 12);
}
