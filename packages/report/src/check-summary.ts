import type { CheckReport, FileReport, Problem } from '@pypi-release/dists';
import { parseWheelFilename } from '@pypi-release/dists';
import { contentsTreesMarkdown } from './contents-tree';
import { cell, code, markdownTable } from './markdown';
import { formatBytes } from './text';

const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const;

/** The tags of a file for reports: `py3-none-any` for a wheel, `source` for an sdist. */
export function tagsOf(file: Pick<FileReport, 'filename' | 'kind'>): string {
  const wheel = parseWheelFilename(file.filename);
  if (wheel) return [wheel.pythonTags, wheel.abiTags, wheel.platformTags].map((t) => t.join('.')).join('-');
  return file.kind === 'sdist' ? 'source' : '';
}

/** The job summary of a check: the files table, then every problem. Never contains anything secret. */
export function checkSummaryMarkdown(report: CheckReport, title = 'Distributions'): string {
  const rows = report.files.map((f) => [
    statusIcon(f.problems),
    code(f.filename),
    f.kind ?? '—',
    cell(tagsOf(f)),
    formatBytes(f.size),
    f.sha256 ? code(f.sha256) : '—',
  ]);
  const out = [`### ${title}`, '', markdownTable(['', 'file', 'kind', 'tags', 'size', 'sha256'], rows), ''];
  const problems = allProblems(report);
  if (problems.length === 0) {
    out.push(`✅ All ${report.files.length} file(s) pass PyPI's acceptance rules.`);
  } else {
    out.push(`${report.ok ? '✅ Acceptable, with remarks' : '❌ PyPI would refuse this release'}:`, '');
    for (const p of problems) out.push(`- ${ICON[p.severity]} **${p.code}** ${cell(p.message)}`);
  }
  const trees = contentsTreesMarkdown(report.files);
  if (trees) out.push('', '#### Contents', '', trees);
  return `${out.join('\n')}\n`;
}

export function allProblems(report: CheckReport): Problem[] {
  return [...report.problems, ...report.files.flatMap((f) => f.problems)];
}

function statusIcon(problems: readonly Problem[]): string {
  if (problems.some((p) => p.severity === 'error')) return ICON.error;
  if (problems.some((p) => p.severity === 'warning')) return ICON.warning;
  return '✅';
}
