import type { BuildResult } from '@pypi-release/builder';
import { code, formatBytes, markdownTable } from '@pypi-release/report';

/** The job summary: the files built, their sizes and hashes, and where they went. */
export function summaryMarkdown(result: BuildResult, artifact: string | undefined): string {
  const rows = result.dists.map((d) => [code(d.filename), d.kind, formatBytes(d.size), code(d.sha256)]);
  const where = artifact ? `uploaded as artifact ${code(artifact)}` : `in ${code(result.distDir)}`;
  const frontend = result.frontend ? `Frontend: ${result.frontend}.\n` : '';
  return `### Built ${result.name} ${result.version}\n\n${markdownTable(['file', 'kind', 'size', 'sha256'], rows)}\n\n${result.dists.length} file(s) ${where}.\n${frontend}`;
}
