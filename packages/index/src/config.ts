import { readFile } from 'node:fs/promises';
import * as z from '@pypi-release/zod';
import { IndexError } from './errors';
import { latencySchema } from './latency';
import { trustedPublishingSchema } from './oidc-bridge';

/** PyPI's defaults (PYPI.md §2): 100 MiB per file, 10 GiB per project. */
export const MIB = 1024 * 1024;
export const GIB = 1024 * MIB;

const tokenSchema = z.strictObject({
  token: z.string().check(z.minLength(8, 'a token must have at least 8 characters')),
  /** Projects the token may upload to (any spelling; compared normalised). Absent: every project. */
  projects: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
  description: z.optional(z.string()),
});

const limitsSchema = z.strictObject({
  maxFileSize: z._default(z.number().check(z.int(), z.positive()), 100 * MIB),
  maxProjectSize: z._default(z.number().check(z.int(), z.positive()), 10 * GIB),
  perProject: z._default(
    z.record(
      z.string(),
      z.strictObject({ maxFileSize: z.number().check(z.int(), z.positive(), z.lte(GIB)) }),
    ),
    {},
  ),
  /** Largest non-file form field (the long description is one). */
  maxFormFieldSize: z._default(z.number().check(z.int(), z.positive()), 4 * MIB),
  maxFields: z._default(z.number().check(z.int(), z.positive()), 1000),
  /** Longest header block of one multipart part. */
  maxPartHeaderSize: z._default(z.number().check(z.int(), z.positive()), 16 * 1024),
});

const faultSchema = z.strictObject({
  /**
   * `status-*`: answer with that status (nothing stored); `reset`: cut the connection mid-body; `stall`: stop
   * reading and never answer; `drop-after-store`: store the file, then cut the connection instead of answering;
   * `revoke-token` / `expire-token`: the token of that upload is revoked / expires from then on (403).
   */
  kind: z.enum([
    'status-500',
    'status-502',
    'status-503',
    'status-429',
    'reset',
    'stall',
    'drop-after-store',
    'revoke-token',
    'expire-token',
  ]),
  /** How many matching uploads get the fault (default 1). */
  count: z._default(z.number().check(z.int(), z.positive()), 1),
  /** A RegExp source matched against the uploaded filename; absent: every upload. */
  filename: z.optional(z.string()),
  /** For the status faults: the Retry-After value in seconds; `null` sends none (default: 1 for 429, none else). */
  retryAfter: z.optional(z.nullable(z.number().check(z.int(), z.nonnegative()))),
});

/**
 * A username + password account, as private indexes (devpi, Artifactory, Nexus, GitLab's package registry) have
 * them. PyPI itself refuses passwords on upload; without accounts, so does this index.
 */
const accountSchema = z.strictObject({
  username: z.string().check(
    z.minLength(1),
    z.refine((name) => name !== '__token__', 'the username __token__ is reserved for API tokens'),
  ),
  password: z.string().check(z.minLength(8, 'a password must have at least 8 characters')),
  /** Projects the account may upload to (any spelling; compared normalised). Absent: every project. */
  projects: z.optional(z.array(z.string().check(z.minLength(1))).check(z.minLength(1))),
});

export const indexConfigSchema = z.strictObject({
  tokens: z._default(z.array(tokenSchema), []),
  accounts: z._default(z.array(accountSchema), []),
  /** Every read (simple index, JSON API, files) needs the credentials of a token or an account (401 without). */
  authOnRead: z._default(z.boolean(), false),
  /** Serve the simple index as PEP 503 HTML only, whatever the Accept header asks, and no JSON API. */
  htmlOnly: z._default(z.boolean(), false),
  /**
   * `pypi`: PyPI's acceptance rules. `generic`: a private index that accepts what only PyPI refuses (local
   * versions, any platform tag, unknown or private classifiers, direct-URL dependencies).
   */
  policy: z._default(z.enum(['pypi', 'generic']), 'pypi'),
  trustedPublishing: z.optional(trustedPublishingSchema),
  limits: z._default(limitsSchema, limitsSchema.parse({})),
  rules: z._default(
    z.strictObject({ oldReleaseDays: z._default(z.number().check(z.int(), z.nonnegative()), 14) }),
    { oldReleaseDays: 14 },
  ),
  faults: z._default(z.array(faultSchema), []),
  /** A PyPI-like latency profile (network and server time) applied to every client; absent: loopback speed. */
  latency: z.optional(latencySchema),
});

export type IndexConfig = z.output<typeof indexConfigSchema>;
export type IndexConfigInput = z.input<typeof indexConfigSchema>;
export type FaultSpec = z.output<typeof faultSchema>;
export type AccountConfig = z.output<typeof accountSchema>;
export type FaultSpecInput = z.input<typeof faultSchema>;
export const faultSpecSchema = faultSchema;

/** The configuration with every default filled in. */
export function defaultConfig(): IndexConfig {
  return indexConfigSchema.parse({});
}

function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/** Validates a parsed configuration; `source` names it in errors (a file path, or "options.config"). */
export function parseConfig(value: unknown, source: string): IndexConfig {
  const result = indexConfigSchema.safeParse(value);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${jsonPath(issue.path)}: ${issue.message}`);
  throw new IndexError(
    'config',
    `${source}: the index configuration is invalid:\n${lines.join('\n')}\n` +
      'Fix these entries (see the `pypi-release serve` section of README.md) and start the index again.',
  );
}

/** Reads and validates a JSON configuration file. */
export async function loadConfig(file: string): Promise<IndexConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new IndexError(
      'config',
      `${file}: cannot read the index configuration file; check the --config path.`,
      {
        cause,
      },
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    throw new IndexError(
      'config',
      `${file}: the index configuration is not valid JSON (${detail}); fix the syntax.`,
      {
        cause,
      },
    );
  }
  return parseConfig(value, file);
}
