import { mapBounded } from '@pypi-release/async-pool';
import { checkFile } from './check-file';
import { failingProblems } from './check-verdict';
import type { ClassifierList } from './classifiers';
import { discoverFiles } from './discover';
import { normalizeName, normalizeVersion } from './names';
import { type Problem, problemFrom } from './problem';
import { SET_RULES } from './rules/set-catalog';
import type { FileReport } from './types';

export interface CheckReport {
  /** True when no file and no set-level problem is an error (or, with `strict`, a warning). */
  readonly ok: boolean;
  readonly files: FileReport[];
  /** Problems of the set as a whole and of the inputs (missing paths, skipped files). */
  readonly problems: Problem[];
}

export interface CheckOptions {
  /** Files checked at once (default 8: file reads overlap, parsing is cheap). */
  readonly concurrency?: number;
  /** Warnings fail the check too. */
  readonly strict?: boolean;
  /** The classifier list that decides (the index's own, fetched at publish time); default the bundled one. */
  readonly classifiers?: ClassifierList;
}

/** The most distributions one release may hold (`set-too-many-files`); more are not read at all. */
export const MAX_RELEASE_FILES = 2_000;

/** Checks files, folders and globs as one release: every file's rules, then the set's (PYPI.md §3). */
export async function checkDistributions(
  inputs: readonly string[],
  options: CheckOptions = {},
): Promise<CheckReport> {
  const discovery = await discoverFiles(inputs);
  if (discovery.candidates.length > MAX_RELEASE_FILES) {
    const where = inputs.join(', ') || '(no input)';
    const detail = `found ${discovery.candidates.length} distributions; none was read`;
    return {
      ok: false,
      files: [],
      problems: [...discovery.problems, problemFrom(SET_RULES.tooManyFiles, where, detail)],
    };
  }
  const files = await mapBounded(discovery.candidates, options.concurrency ?? 8, (c) =>
    checkFile(c.path, {
      filename: c.filename,
      ...(options.classifiers ? { classifiers: options.classifiers } : {}),
    }),
  );
  const problems = [...discovery.problems, ...checkSet(files, inputs)];
  const ok = failingProblems({ files, problems }, options.strict ?? false).length === 0;
  return { ok, files, problems };
}

/** The set-level rules: one project, one version, one sdist, no conflicting duplicates. */
export function checkSet(files: readonly FileReport[], inputs: readonly string[]): Problem[] {
  const where = inputs.join(', ') || '(no input)';
  if (files.length === 0) return [problemFrom(SET_RULES.empty, where, 'no distribution was found')];
  const problems: Problem[] = [];
  const projects = distinct(files, (f) => (f.name === undefined ? undefined : normalizeName(f.name)));
  if (projects.size > 1) {
    problems.push(problemFrom(SET_RULES.twoProjects, where, `the files belong to ${list(projects)}`));
  }
  const versions = distinct(files, (f) =>
    f.version === undefined ? undefined : (normalizeVersion(f.version) ?? f.version),
  );
  if (versions.size > 1) {
    problems.push(problemFrom(SET_RULES.twoVersions, where, `the files carry versions ${list(versions)}`));
  }
  const sdists = files.filter((f) => f.kind === 'sdist');
  if (sdists.length > 1) {
    const names = sdists.map((f) => f.filename).join(', ');
    problems.push(problemFrom(SET_RULES.twoSdists, where, `found ${sdists.length} sdists: ${names}`));
  }
  const byName = new Map<string, FileReport>();
  for (const file of files) {
    const other = byName.get(file.filename);
    if (other && other.sha256 !== file.sha256) {
      const detail = `${other.path} (sha256 ${other.sha256}) and ${file.path} (sha256 ${file.sha256}) differ`;
      problems.push(problemFrom(SET_RULES.conflictingFiles, file.filename, detail));
    }
    byName.set(file.filename, other ?? file);
  }
  return problems;
}

/** The release's project name and normalized version, taken from the first file that has both. */
export function releaseOf(files: readonly FileReport[]): { name: string; version: string } | undefined {
  const first = files.find((f) => f.name !== undefined && f.version !== undefined);
  if (!first?.name || !first.version) return undefined;
  return { name: first.name, version: normalizeVersion(first.version) ?? first.version };
}

function distinct<T>(items: readonly T[], key: (item: T) => string | undefined): Set<string> {
  return new Set(items.map(key).filter((k): k is string => k !== undefined));
}

/** Quotes up to five values, then says how many more there are. */
function list(values: Set<string>): string {
  const shown = [...values].slice(0, 5).map((v) => `"${v}"`);
  return values.size > 5 ? `${shown.join(', ')} and ${values.size - 5} more` : shown.join(', ');
}
