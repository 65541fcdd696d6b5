import known from './data/classifiers.json';

/**
 * Trove classifiers PyPI accepts.
 *
 * `data/classifiers.json` is Debian's python3-trove-classifiers 2023.4.18, generated once with:
 *   /usr/bin/python3 -c "import trove_classifiers,json; print(json.dumps(sorted(trove_classifiers.sorted_classifiers)))"
 *
 * That list is from 2023, so newer classifiers of the list's own version-number families are accepted too:
 * a classifier is accepted when its parent (everything before the last ` :: `) is known, its last segment is a
 * version number, and some known sibling under the same parent is a version number. So
 * `Programming Language :: Python :: 3.14` and `Framework :: Django :: 5.2` pass, while
 * `Topic :: Utilities :: 2` does not (no version siblings under `Topic :: Utilities`).
 * A few later additions outside those families are listed in `ADDED_SINCE_LIST`.
 */
const ADDED_SINCE_LIST = [
  'Programming Language :: Python :: Free Threading',
  'Programming Language :: Python :: Free Threading :: 1 - Unstable',
  'Programming Language :: Python :: Free Threading :: 2 - Beta',
  'Programming Language :: Python :: Free Threading :: 3 - Stable',
  'Programming Language :: Python :: Free Threading :: 4 - Resilient',
];

/** Classifiers PyPI retired, with their replacements (trove_classifiers.deprecated_classifiers). */
const DEPRECATED: ReadonlyMap<string, readonly string[]> = new Map([
  ['Natural Language :: Ukranian', ['Natural Language :: Ukrainian']],
  ['Topic :: Communications :: Chat :: AOL Instant Messenger', []],
]);

const SEPARATOR = ' :: ';
const VERSION_SEGMENT = /^[0-9]+(?:\.[0-9]+)*$/;

const KNOWN = new Set<string>([...known, ...ADDED_SINCE_LIST]);

function splitLast(classifier: string): [parent: string, last: string] | undefined {
  const at = classifier.lastIndexOf(SEPARATOR);
  if (at < 0) return undefined;
  return [classifier.slice(0, at), classifier.slice(at + SEPARATOR.length)];
}

/** Every prefix of a known classifier, and the parents that have version-number children. */
const PREFIXES = new Set<string>();
const VERSION_PARENTS = new Set<string>();
for (const c of KNOWN) {
  const parts = c.split(SEPARATOR);
  for (let i = 1; i <= parts.length; i++) PREFIXES.add(parts.slice(0, i).join(SEPARATOR));
  const split = splitLast(c);
  if (split && VERSION_SEGMENT.test(split[1])) VERSION_PARENTS.add(split[0]);
}

export type ClassifierVerdict = 'known' | 'private' | 'deprecated' | 'unknown';

export function classifyClassifier(classifier: string): ClassifierVerdict {
  if (classifier.startsWith('Private ::')) return 'private';
  if (KNOWN.has(classifier)) return 'known';
  if (DEPRECATED.has(classifier)) return 'deprecated';
  const split = splitLast(classifier);
  if (split && PREFIXES.has(split[0]) && VERSION_PARENTS.has(split[0]) && VERSION_SEGMENT.test(split[1])) {
    return 'known';
  }
  return 'unknown';
}

/** The replacements of a deprecated classifier (possibly none), or undefined when it is not deprecated. */
export function classifierReplacements(classifier: string): readonly string[] | undefined {
  return DEPRECATED.get(classifier);
}
