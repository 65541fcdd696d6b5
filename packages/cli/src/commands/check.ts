import { parseArgs } from 'node:util';
import { type CheckReport, checkDistributions, type Problem } from '@pypi-release/dists';
import { formatBytes, formatTable } from '@pypi-release/report';
import * as z from '@pypi-release/zod';
import { type Command, EXIT_FAILED, EXIT_OK, UsageError } from '../cli-io';

const optionsSchema = z.object({
  json: z._default(z.boolean(), false),
  strict: z._default(z.boolean(), false),
  concurrency: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(256)), 8),
  paths: z.array(z.string()).check(z.minLength(1, 'name at least one file, folder or glob (e.g. `dist`)')),
});

export const checkCommand: Command = async (args, io) => {
  const options = parseCheckArgs(args);
  const report = await checkDistributions(options.paths, options);
  io.stdout(options.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatReport(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
};

function parseCheckArgs(args: readonly string[]): z.infer<typeof optionsSchema> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, concurrency: { type: 'string' } },
  });
  const parsed = optionsSchema.safeParse({ ...values, paths: positionals });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}

/** The JSON document of the command-line contract (DESIGN.md). */
export function toJson(report: CheckReport): unknown {
  return {
    ok: report.ok,
    files: report.files.map((f) => ({
      path: f.path,
      filename: f.filename,
      kind: f.kind ?? null,
      name: f.name ?? null,
      version: f.version ?? null,
      size: f.size,
      sha256: f.sha256,
      problems: f.problems.map(problemJson),
    })),
    problems: report.problems.map(problemJson),
  };
}

function problemJson(p: Problem): Problem {
  return { code: p.code, severity: p.severity, message: p.message };
}

const MARK = { error: '✖', warning: '⚠', notice: 'ℹ' } as const;

export function formatReport(report: CheckReport): string {
  const rows = report.files.map((f) => [
    status(f.problems),
    f.filename,
    f.kind ?? '?',
    formatBytes(f.size),
    f.sha256 ? f.sha256.slice(0, 12) : '',
  ]);
  const out = [formatTable(['', 'file', 'kind', 'size', 'sha256'], rows), ''];
  const all = [...report.problems, ...report.files.flatMap((f) => f.problems)];
  for (const p of all) out.push(`${MARK[p.severity]} ${p.severity} [${p.code}] ${p.message}`);
  const count = (s: Problem['severity']): number => all.filter((p) => p.severity === s).length;
  if (all.length > 0) out.push('');
  out.push(
    `${report.ok ? 'PASSED' : 'FAILED'}: ${report.files.length} file(s), ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s)`,
  );
  return `${out.join('\n')}\n`;
}

function status(problems: readonly Problem[]): string {
  if (problems.some((p) => p.severity === 'error')) return MARK.error;
  if (problems.some((p) => p.severity === 'warning')) return MARK.warning;
  return '✔';
}
