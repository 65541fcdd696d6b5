import bundled from './data/classifiers.json';

/**
 * Trove classifiers PyPI accepts. Warehouse (`warehouse/forklift/metadata.py`) refuses a classifier that is not
 * in `trove_classifiers.all_classifiers`, and one in `deprecated_classifiers`.
 *
 * `data/classifiers.json` holds the newest trove-classifiers release pip could reach when `pnpm
 * update:classifiers` last ran (its version and date are in the file); a test fails when a newer one is
 * reachable. PyPI may still know classifiers added after that release, so a classifier only this bundled list
 * rejects is a warning naming the list's date. When an index serves its own list (PyPI's
 * `/pypi?:action=list_classifiers`, fetched at publish time), that list decides and a classifier it lacks is an
 * error.
 */
export interface ClassifierList {
  /** Where the list comes from, for messages: "trove-classifiers 2026.9.21.13 (2026-09-21)". */
  readonly source: string;
  readonly known: ReadonlySet<string>;
  /** Whether this is the index's own list (authoritative) rather than the bundled copy. */
  readonly authoritative: boolean;
}

export const BUNDLED_CLASSIFIERS: ClassifierList = {
  source: `${bundled.source} ${bundled.version} (${bundled.date})`,
  known: new Set(bundled.classifiers),
  authoritative: false,
};

/** Classifiers PyPI retired, with their replacements (trove_classifiers.deprecated_classifiers). */
const DEPRECATED: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(bundled.deprecated));

export type ClassifierVerdict = 'known' | 'private' | 'deprecated' | 'unknown';

export function classifyClassifier(
  classifier: string,
  list: ClassifierList = BUNDLED_CLASSIFIERS,
): ClassifierVerdict {
  if (classifier.startsWith('Private ::')) return 'private';
  if (DEPRECATED.has(classifier)) return 'deprecated';
  if (list.known.has(classifier)) return 'known';
  return 'unknown';
}

/** The replacements of a deprecated classifier (possibly none), or undefined when it is not deprecated. */
export function classifierReplacements(classifier: string): readonly string[] | undefined {
  return DEPRECATED.get(classifier);
}

/**
 * An index's own classifier list from its `list_classifiers` answer (text/plain, one classifier a line), or
 * undefined when the text does not look like one (an HTML error page, an empty body).
 */
export function classifierListFromText(text: string, source: string): ClassifierList | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  if (lines.length < 100 || !lines.every((l) => l.includes(' :: ') || !l.includes('<'))) return undefined;
  if (!lines.includes('Programming Language :: Python')) return undefined;
  return { source, known: new Set(lines), authoritative: true };
}
