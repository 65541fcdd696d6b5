/** A file link of a PEP 503 project page, with the PEP 503 / PEP 592 attributes. */
export interface HtmlLink {
  readonly filename: string;
  readonly url: string;
  /** From the `#sha256=` fragment of the href (PEP 503), when present. */
  readonly sha256: string | undefined;
  readonly requiresPython: string | undefined;
  /** PEP 592: absent → false; present → the reason (possibly empty) or true. */
  readonly yanked: string | boolean;
}

const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the character references an index writes in attributes and text (named, decimal, hex). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code =
        ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!out.has(name)) out.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
  }
  return out;
}

/**
 * The file links of a PEP 503 project page: every anchor, its text the filename (PEP 503), its href resolved
 * against the page URL (or a `<base href>`), the hash from the fragment, `data-requires-python`, `data-yanked`.
 */
export function parseSimpleHtml(html: string, pageUrl: string): HtmlLink[] {
  const baseHref = /<base\b[^>]*\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(html);
  const base = baseHref ? new URL(decodeEntities(baseHref[1] ?? baseHref[2] ?? ''), pageUrl).href : pageUrl;
  const links: HtmlLink[] = [];
  for (const match of html.matchAll(ANCHOR)) {
    const attrs = attributes(match[1] ?? '');
    const href = attrs.get('href');
    if (href === undefined) continue;
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const fragment = /^#sha256=([0-9a-f]{64})$/i.exec(url.hash);
    url.hash = '';
    const text = decodeEntities((match[2] ?? '').replace(/<[^>]*>/g, '')).trim();
    const filename = text || decodeURIComponent(url.pathname.split('/').at(-1) ?? '');
    const yanked = attrs.get('data-yanked');
    links.push({
      filename,
      url: url.href,
      sha256: fragment?.[1]?.toLowerCase(),
      requiresPython: attrs.get('data-requires-python'),
      yanked: yanked === undefined ? false : yanked === '' ? true : yanked,
    });
  }
  return links;
}
