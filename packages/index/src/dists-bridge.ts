/**
 * Where the index runs the dists library's whole-file and metadata checks (`checkFile`, `checkMetadata`,
 * PYPI.md §3) under its policy. It is not the only call into dists: the filename and form rules the index words
 * itself (upload/filename-checks.ts, upload/form-rules.ts) use dists' parsers and normalisers directly.
 */
import {
  BUNDLED_CLASSIFIERS,
  type ClassifierList,
  type CoreMetadata,
  checkFile,
  checkMetadata,
  type Digests,
  type FileReport,
  metadataFromFormFields,
  type Problem,
  PYPI_ONLY_RULES,
} from '@pypi-release/dists';

/** Which rules the index applies: PyPI's, or a private index's (`generic`). */
export type IndexPolicy = 'pypi' | 'generic';

function underPolicy(problems: Problem[], policy: IndexPolicy): Problem[] {
  return policy === 'pypi' ? problems : problems.filter((p) => !PYPI_ONLY_RULES.has(p.code));
}

/**
 * The same bundled classifier list the pre-flight uses, marked authoritative: the index refuses a classifier not
 * on it (an error), as PyPI does with its own list, where the pre-flight, whose copy may be older than PyPI's,
 * only warns.
 */
const OWN_CLASSIFIERS: ClassifierList = {
  ...BUNDLED_CLASSIFIERS,
  source: `this index's classifier list (${BUNDLED_CLASSIFIERS.source})`,
  authoritative: true,
};

/** Every acceptance rule on one stored file, under its upload filename; `digests` were computed on receipt. */
export async function checkDistFile(
  path: string,
  filename: string,
  digests: Digests,
  policy: IndexPolicy = 'pypi',
): Promise<FileReport> {
  const report = await checkFile(path, { filename, digests, classifiers: OWN_CLASSIFIERS });
  return { ...report, problems: underPolicy(report.problems, policy) };
}

/** The core metadata the form carries (PYPI.md §2), and the metadata rules' problems with it. */
export function checkFormMetadata(
  fields: Iterable<[string, string]>,
  filename: string,
  policy: IndexPolicy = 'pypi',
): { metadata: CoreMetadata; problems: Problem[] } {
  const metadata = metadataFromFormFields(fields);
  return {
    metadata,
    problems: underPolicy(checkMetadata(metadata, filename, { classifiers: OWN_CLASSIFIERS }), policy),
  };
}
