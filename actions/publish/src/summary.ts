import type { PublishResult } from '@pypi-release/pypi-client';
import { cell, code, markdownTable } from '@pypi-release/report';

/** The job summary of a publish: one table of the files, and the link to the release. */
export function publishSummary(result: PublishResult): string {
  const rows = result.files.map((f) => [
    f.url ? `[${cell(f.filename)}](${f.url})` : code(f.filename),
    f.status,
    String(f.size),
    code(f.sha256),
  ]);
  const title = result.dryRun
    ? `### Dry run: ${result.name} ${result.version} (nothing uploaded)`
    : `### Published ${result.name} ${result.version}`;
  const verified = result.verified ? 'Every file was read back from the index with its sha256.' : '';
  const attestations = result.files.flatMap((f) => f.attestations.map((path) => `- ${code(path)}`));
  return [
    title,
    '',
    markdownTable(['file', 'status', 'bytes', 'sha256'], rows),
    '',
    `Project: ${result.projectUrl}`,
    verified,
    ...(attestations.length > 0
      ? ['', 'PEP 740 attestations uploaded with the files:', ...attestations]
      : []),
    '',
  ].join('\n');
}

/** The job summary of a failure: the message as the log shows it. */
export function failureSummary(message: string): string {
  return `### Publishing failed\n\n\`\`\`text\n${message.replace(/```/g, "'''")}\n\`\`\`\n`;
}
