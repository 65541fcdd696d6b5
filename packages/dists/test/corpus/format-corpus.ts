import type { CorpusResult } from './run-corpus';

/** The corpus table and the rST differential, as the README and the bench print them. */
export function formatCorpus(result: CorpusResult, scope: string, renderer: string): string[] {
  // renderer: e.g. "readme_renderer 37.3 + docutils 0.23"
  const expected = result.refusals.filter((r) => r.why !== undefined);
  const falses = result.refusals.filter((r) => r.why === undefined);
  const refusedFiles = new Set(result.refusals.map((r) => r.filename)).size;
  const lines = [
    `real-wheel corpus (${scope}): ${result.wheels} wheels, ${result.accepted} accepted, ${refusedFiles} refused; ` +
      `${expected.length} expected refusals (PyPI refuses them too), ${falses.length} false refusals; ${(result.ms / 1000).toFixed(1)} s`,
    '',
    '| wheel | code | why PyPI refuses it too |',
    '| --- | --- | --- |',
    ...result.refusals.map(
      (r) => `| ${r.filename} | ${r.code} | ${r.why ?? `FALSE REFUSAL: ${r.message}`} |`,
    ),
  ];
  if (result.unmet.length > 0) {
    lines.push('', 'expected refusals no longer reported (update expectations.json):', ...result.unmet);
  }
  const rst = result.rst;
  lines.push(
    '',
    `rST differential against ${renderer}: ${rst.documents} long descriptions, ${rst.same} same verdict ` +
      `(${rst.pypiRefuses} refused by readme_renderer), ${rst.disagreements.length} different`,
    ...rst.disagreements.map(
      (d) =>
        `  ${d.filename}: readme_renderer ${d.pypiRenders ? 'renders it' : 'refuses it'}, ours: ${d.ours.slice(0, 3).join('; ') || 'renders'}`,
    ),
    `Debian's own docutils 0.19 judges ${rst.debianDiffers.length} of them otherwise (docutils changes since 0.19): ${rst.debianDiffers.join(', ') || 'none'}`,
  );
  return lines;
}

export function corpusFailed(result: CorpusResult): boolean {
  return (
    result.refusals.some((r) => r.why === undefined) ||
    result.unmet.length > 0 ||
    result.rst.disagreements.length > 0
  );
}
