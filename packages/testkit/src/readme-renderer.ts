import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * PyPI's verdict on reStructuredText long descriptions. Warehouse renders them with readme_renderer
 * (`warehouse/forklift/legacy.py`: `readme.render(..., use_fallback=False)`) and refuses the upload when that
 * fails. This runs Debian's readme_renderer (python3-readme-renderer, installed by script/bootstrap) on each
 * document, in one process, and returns whether each renders.
 *
 * `docutils` chooses the docutils underneath: `'debian'` is Debian's own (0.19), `'warehouse'` the release
 * Warehouse pins (requirements/main.txt: docutils==0.23), fetched with pip into `.cache/docutils-<version>`.
 * They differ: docutils 0.22 made the targets of hyperlink references with embedded URIs implicit, so two
 * `` `name <url>`_ `` references with different URLs stop being a "Duplicate explicit target name" warning
 * (blosc2 4.12.0 and peewee 4.5.1 are on PyPI with such READMEs; Debian's docutils refuses them).
 */
export const DEBIAN_PYTHON3 = '/usr/bin/python3';
/** The docutils release Warehouse pins (pypi/warehouse requirements/main.txt, August 2026). */
export const WAREHOUSE_DOCUTILS = '0.23';

export type Docutils = 'debian' | 'warehouse';

const RENDER = `
import io, json, sys
if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])
from readme_renderer.rst import render
docs = json.load(sys.stdin)
print(json.dumps([render(doc, stream=io.StringIO()) is not None for doc in docs]))
`;

const root = join(import.meta.dirname, '../../..');

/** The folder holding Warehouse's docutils release, unpacked from the wheel pip finds (once per checkout). */
export function warehouseDocutils(): string {
  const dir = join(root, '.cache', `docutils-${WAREHOUSE_DOCUTILS}`);
  if (existsSync(join(dir, 'docutils', '__init__.py'))) return dir;
  const staging = `${dir}.partial`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync(
    'pip',
    [
      'download',
      '--no-deps',
      '--only-binary',
      ':all:',
      '--retries',
      '0',
      '--quiet',
      '-d',
      staging,
      `docutils==${WAREHOUSE_DOCUTILS}`,
    ],
    { env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const wheel = readdirSync(staging).find((f) => f.endsWith('.whl'));
  if (!wheel) throw new Error(`pip download docutils==${WAREHOUSE_DOCUTILS} left no wheel`);
  execFileSync(DEBIAN_PYTHON3, ['-m', 'zipfile', '-e', join(staging, wheel), staging]);
  rmSync(join(staging, wheel));
  rmSync(dir, { recursive: true, force: true });
  renameSync(staging, dir);
  return dir;
}

function pathArgs(docutils: Docutils): string[] {
  return docutils === 'warehouse' ? [warehouseDocutils()] : [];
}

export function readmeRendererVerdicts(docs: readonly string[], docutils: Docutils = 'warehouse'): boolean[] {
  if (docs.length === 0) return [];
  const out = execFileSync(DEBIAN_PYTHON3, ['-c', RENDER, ...pathArgs(docutils)], {
    input: JSON.stringify(docs),
    maxBuffer: 64 * 1024 * 1024,
  });
  const verdicts = JSON.parse(out.toString()) as boolean[];
  if (verdicts.length !== docs.length)
    throw new Error('readme_renderer answered for a different number of documents');
  return verdicts;
}

/** "readme_renderer 37.3 + docutils 0.23", for the report. */
export function readmeRendererVersions(docutils: Docutils = 'warehouse'): string {
  const code = `
import sys
if len(sys.argv) > 1:
    sys.path.insert(0, sys.argv[1])
import docutils, importlib.metadata as m
print(f"readme_renderer {m.version('readme_renderer')} + docutils {docutils.__version__}")
`;
  return execFileSync(DEBIAN_PYTHON3, ['-c', code, ...pathArgs(docutils)], { encoding: 'utf8' }).trim();
}
