/** Makes text safe in a Markdown table cell (GitHub job summaries): pipes, line breaks and HTML. */
export function cell(text: string): string {
  return text.replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A GitHub-flavoured Markdown table. Header cells are escaped here; row cells are Markdown already (see `cell`). */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header.map(cell)), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
