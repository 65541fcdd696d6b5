import { parseArgs } from 'node:util';
import { type CheckReport, checkDistributions, type Problem } from '@pypi-release/dists';
import { formatBytes, formatTable } from '@pypi-release/report';
import { type Command, EXIT_FAILED, EXIT_OK } from '../cli-io';
import type { CheckOptions } from './check-options';
import { CHECK_DEFAULT_CONCURRENCY } from './check-usage';

export const checkCommand: Command = async (args, io) => {
  const options = await parseCheckArgs(args);
  const report = await checkDistributions(options.paths, options);
  io.stdout(options.json ? `${JSON.stringify(toJson(report), null, 2)}\n` : formatReport(report));
  return report.ok ? EXIT_OK : EXIT_FAILED;
};

async function parseCheckArgs(args: readonly string[]): Promise<CheckOptions> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, concurrency: { type: 'string' } },
  });
  // The usual command line (paths, perhaps --json or --strict) holds nothing parseArgs has not checked already:
  // its options are the schema's defaults, and loading zod would cost a check of one small wheel ~7 ms (~20M
  // instructions). The schema (check-options.ts, loaded here only) decides every other command line.
  if (values.concurrency === undefined && positionals.length > 0) {
    return {
      json: values.json ?? false,
      strict: values.strict ?? false,
      concurrency: CHECK_DEFAULT_CONCURRENCY,
      paths: positionals,
    };
  }
  const { checkOptions } = await import('./check-options');
  return checkOptions(values, positionals);
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
