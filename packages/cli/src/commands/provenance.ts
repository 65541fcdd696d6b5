import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import {
  productionTrustedRoot,
  type ReleaseProvenance,
  verifyReleaseProvenance,
} from '@pypi-release/attestations';
import { createDispatcher } from '@pypi-release/pypi-client';
import { formatTable } from '@pypi-release/report';
import * as z from '@pypi-release/zod';
import { type Command, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-io';

const optionsSchema = z.object({
  project: z.string().check(z.minLength(1)),
  version: z.string().check(z.minLength(1)),
  indexUrl: z._default(
    z.url({ protocol: /^https?$/, error: '--index-url must be an http(s) URL' }),
    'https://pypi.org',
  ),
  trustedRoot: z.optional(z.string().check(z.minLength(1))),
  json: z._default(z.boolean(), false),
});

export const provenanceCommand: Command = async (args, io) => {
  const options = parseProvenanceArgs(args);
  const trustedRoot =
    options.trustedRoot === undefined ? productionTrustedRoot() : await readTrustedRoot(options.trustedRoot);
  const dispatcher = createDispatcher();
  try {
    const report = await verifyReleaseProvenance({ ...options, trustedRoot, dispatcher });
    io.stdout(options.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatReport(report));
    return report.verified === report.files.length && report.files.length > 0 ? EXIT_OK : EXIT_FAILED;
  } finally {
    await dispatcher.close();
  }
};

function parseProvenanceArgs(args: readonly string[]): z.infer<typeof optionsSchema> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      'index-url': { type: 'string' },
      'trusted-root': { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 2) {
    throw new UsageError(`expected <project> <version>, got ${positionals.length} argument(s)`);
  }
  const [project, version] = positionals;
  const parsed = optionsSchema.safeParse({
    project,
    version,
    indexUrl: values['index-url'],
    trustedRoot: values['trusted-root'],
    json: values.json,
  });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}

async function readTrustedRoot(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `--trusted-root ${path}: cannot read it (${error instanceof Error ? error.message : String(error)}); name a trusted_root.json file`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UsageError(`--trusted-root ${path}: not JSON; name a Sigstore trusted_root.json file`);
  }
}

export function toJson(report: ReleaseProvenance): unknown {
  return {
    ok: report.files.length > 0 && report.verified === report.files.length,
    project: report.project,
    version: report.version,
    verified: report.verified,
    total: report.files.length,
    files: report.files.map((f) => ({
      filename: f.filename,
      verified: f.verified,
      reason: f.reason ?? null,
      publishers: f.publishers,
      listed_sha256: f.listedSha256 ?? null,
      served_sha256: f.servedSha256 ?? null,
    })),
  };
}

export function formatReport(report: ReleaseProvenance): string {
  const rows = report.files.map((f) => [
    f.verified ? '✔' : '✖',
    f.filename,
    f.publishers.join(', ') || '-',
    f.verified ? 'verified' : (f.reason ?? 'not verified'),
  ]);
  const out = [
    `${report.project} ${report.version}`,
    formatTable(['', 'file', 'publisher', 'provenance'], rows),
  ];
  if (report.files.length === 0) out.push('the release has no files');
  out.push(`provenance verified: ${report.verified}/${report.files.length} files`);
  return `${out.join('\n')}\n`;
}
