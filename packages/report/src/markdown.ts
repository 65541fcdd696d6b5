/** Escapes text for a Markdown table cell (GitHub job summaries). */
export function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>').replace(/</g, '&lt;');
}

export function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

/** A GitHub-flavoured Markdown table; cells are escaped here. `raw` columns hold Markdown already. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header.map(cell)), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
