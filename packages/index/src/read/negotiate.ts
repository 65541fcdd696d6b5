/** PEP 691 content negotiation, the way PyPI does it: JSON or HTML by `Accept` (q-values), HTML by default. */
export type SimpleFormat = 'json' | 'html-v1' | 'html';

export const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';
export const SIMPLE_HTML = 'application/vnd.pypi.simple.v1+html';

const OFFERS: ReadonlyArray<readonly [string, SimpleFormat]> = [
  [SIMPLE_JSON, 'json'],
  ['application/vnd.pypi.simple.latest+json', 'json'],
  [SIMPLE_HTML, 'html-v1'],
  ['application/vnd.pypi.simple.latest+html', 'html-v1'],
  ['text/html', 'html'],
];

export function contentTypeOf(format: SimpleFormat): string {
  if (format === 'json') return SIMPLE_JSON;
  if (format === 'html-v1') return SIMPLE_HTML;
  return 'text/html; charset=utf-8';
}

/** The format to answer with; `?format=<media type>` wins over the header, as on PyPI. */
export function negotiate(accept: string | undefined, formatParam: string | null): SimpleFormat {
  if (formatParam) {
    const offer = OFFERS.find(([type]) => type === formatParam.toLowerCase());
    if (offer) return offer[1];
  }
  let best: { format: SimpleFormat; q: number } | undefined;
  for (const item of (accept ?? '').split(',')) {
    const [typePart, ...params] = item.split(';');
    const type = (typePart ?? '').trim().toLowerCase();
    let q = 1;
    for (const param of params) {
      const [k, v] = param.split('=').map((s) => s.trim());
      if (k === 'q' && v !== undefined) q = Number.parseFloat(v);
    }
    if (!(q > 0)) continue;
    const offer = OFFERS.find(([t]) => t === type);
    if (offer && (!best || q > best.q)) best = { format: offer[1], q };
  }
  return best?.format ?? 'html';
}
