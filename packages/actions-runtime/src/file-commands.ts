/**
 * Parses the files that `@actions/core` writes for `setOutput` / `exportVariable` (GITHUB_OUTPUT, GITHUB_ENV):
 * `name=value` lines, or `name<<DELIMITER` heredocs whose value runs until a line equal to the delimiter.
 */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delimiter] = heredoc;
      const end = lines.indexOf(delimiter ?? '', i + 1);
      if (end < 0) throw new Error(`unterminated value for "${name}" in a file command`);
      values[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq > 0) values[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return values;
}
