/**
 * The licence texts of every npm package esbuild put into a bundle (from its metafile), one section per package,
 * for the CLI's THIRD_PARTY_LICENSES.md and each action's dist/licenses.txt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';

interface Manifest {
  readonly name?: string;
  readonly version?: string;
  readonly license?: string;
}

/** `root`: the folder the metafile's input paths are relative to (esbuild's working directory). */
export function thirdPartyLicenses(metafile: Metafile, root: string, title: string): string {
  const dirs = new Set<string>();
  for (const input of Object.keys(metafile.inputs)) {
    // a plugin's module (`namespace:path`, scripts/lazy-http2.ts) is ours; the file it stands beside is listed too
    if (/^[\w-]+:/.test(input)) continue;
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (match?.[1]) dirs.add(join(root, match[1]));
  }
  const sections = [...dirs].sort().map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file
      ? readFileSync(join(dir, file), 'utf8').trim()
      : `(no license file in the package; its package.json says "${pkg.license}")`;
    return `## ${pkg.name}@${pkg.version} (${pkg.license ?? 'unknown'})\n\n\`\`\`\n${text}\n\`\`\`\n`;
  });
  return `# ${title}\n\n${sections.join('\n')}`;
}
