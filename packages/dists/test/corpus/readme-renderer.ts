import { execFileSync } from 'node:child_process';

/**
 * PyPI's verdict on reStructuredText long descriptions: Warehouse renders them with readme_renderer
 * (`warehouse/forklift/legacy.py`: `readme.render(..., use_fallback=False)`, refusing the upload when it returns
 * None). This runs Debian's readme_renderer (python3-readme-renderer, installed by script/bootstrap, with
 * docutils) on each document, in one process, and returns whether each renders.
 */
export const DEBIAN_PYTHON3 = '/usr/bin/python3';

const RENDER = `
import io, json, sys
from readme_renderer.rst import render
docs = json.load(sys.stdin)
print(json.dumps([render(doc, stream=io.StringIO()) is not None for doc in docs]))
`;

export function readmeRendererVerdicts(docs: readonly string[]): boolean[] {
  if (docs.length === 0) return [];
  const out = execFileSync(DEBIAN_PYTHON3, ['-c', RENDER], {
    input: JSON.stringify(docs),
    maxBuffer: 64 * 1024 * 1024,
  });
  const verdicts = JSON.parse(out.toString()) as boolean[];
  if (verdicts.length !== docs.length)
    throw new Error('readme_renderer answered for a different number of documents');
  return verdicts;
}

/** The versions of readme_renderer and docutils that gave the verdicts, for the report. */
export function readmeRendererVersions(): string {
  return execFileSync(
    DEBIAN_PYTHON3,
    [
      '-c',
      'import docutils, importlib.metadata as m; print(f"readme_renderer {m.version(\'readme_renderer\')}, docutils {docutils.__version__}")',
    ],
    { encoding: 'utf8' },
  ).trim();
}
