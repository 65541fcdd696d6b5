import { checkRst } from '@pypi-release/rst';
import { getField } from './metadata';
import { isSet } from './metadata-value-rules';
import type { Problem } from './problem';
import { problemFrom } from './problem';
import { METADATA_RULES as R } from './rules/metadata-rules-catalog';
import type { CoreMetadata } from './types';

/**
 * The long description rules (PYPI.md §3): Description-Content-Type must be one PyPI renders, and the text must
 * render as that type. PyPI renders any markdown and any plain text, so only reStructuredText (declared, or
 * implied when no type is declared) is checked for rendering.
 */
const TYPES = new Set(['text/plain', 'text/x-rst', 'text/markdown']);
const VARIANTS = new Set(['gfm', 'commonmark']);
/** Reported per file at most; the rest is summed up. */
const MAX_RENDER_PROBLEMS = 20;

export interface ContentType {
  readonly type: string;
  readonly params: ReadonlyMap<string, string>;
}

export function parseContentType(value: string): ContentType {
  const [type = '', ...rest] = value.split(';');
  const params = new Map<string, string>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    params.set(
      part.slice(0, eq).trim().toLowerCase(),
      part
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  return { type: type.trim().toLowerCase(), params };
}

/** Why a Description-Content-Type is refused, or undefined when PyPI accepts it. */
export function contentTypeError(value: string): string | undefined {
  const { type, params } = parseContentType(value);
  if (!TYPES.has(type)) return `'${type}' is not text/plain, text/x-rst or text/markdown`;
  const charset = params.get('charset');
  if (charset !== undefined && charset.toUpperCase() !== 'UTF-8') return `charset '${charset}' is not UTF-8`;
  const variant = params.get('variant');
  if (type === 'text/markdown' && variant !== undefined && !VARIANTS.has(variant.toLowerCase())) {
    return `markdown variant '${variant}' is not GFM or CommonMark`;
  }
  return undefined;
}

function renderProblems(text: string, file: string): Problem[] {
  const issues = checkRst(text);
  const shown = issues
    .slice(0, MAX_RENDER_PROBLEMS)
    .map((issue) =>
      problemFrom(R.descriptionRender, file, `long description line ${issue.line}: ${issue.message}`),
    );
  if (issues.length > MAX_RENDER_PROBLEMS) {
    const more = issues.length - MAX_RENDER_PROBLEMS;
    shown.push(
      problemFrom(
        R.descriptionRender,
        file,
        `${more} more reStructuredText problems in the long description`,
      ),
    );
  }
  return shown;
}

export function checkDescription(md: CoreMetadata, file: string): Problem[] {
  const declared = getField(md, 'Description-Content-Type');
  if (declared !== undefined && declared.trim() !== '') {
    const error = contentTypeError(declared);
    if (error)
      return [
        problemFrom(R.contentType, file, `Description-Content-Type '${declared}' is invalid: ${error}`),
      ];
  }
  const text = md.description;
  if (!isSet(text)) return [problemFrom(R.descriptionMissing, file, 'there is no long description')];
  const type = declared ? parseContentType(declared).type : 'text/x-rst';
  return type === 'text/x-rst' ? renderProblems(text, file) : [];
}
