import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { kindFromFilename, refusedFormat } from './filename';
import { type Problem, problemFrom } from './problem';
import { FILENAME_RULES } from './rules/filename-catalog';
import { SET_RULES } from './rules/set-catalog';

/** A file to check, and where it came from. */
export interface Candidate {
  readonly path: string;
  readonly filename: string;
}

export interface Discovery {
  readonly candidates: Candidate[];
  readonly problems: Problem[];
}

/** Files that build tools and publishers leave beside distributions: skipped with a notice. */
const KNOWN_COMPANIONS =
  /(^\.gitignore$|^\.DS_Store$|\.metadata$|\.attestation$|\.publish\.attestation$|\.sigstore(\.json)?$|\.asc$)/;

/**
 * Expands files, folders (their direct children) and glob patterns into the files to check.
 * Inside a folder, files that are not distributions are skipped with a notice, except formats PyPI refuses
 * (eggs, .zip sdists…), which are kept so that the check reports them. A path named on its own is always checked.
 */
export async function discoverFiles(inputs: readonly string[]): Promise<Discovery> {
  const candidates: Candidate[] = [];
  const problems: Problem[] = [];
  for (const input of inputs) {
    const globbing = await globberFor(input);
    if (globbing) {
      const matches = await globbing.glob(input, {
        onlyFiles: true,
        dot: true,
        absolute: false,
        expandDirectories: false,
      });
      if (matches.length === 0) {
        problems.push(problemFrom(SET_RULES.missingPath, input, 'the pattern matches no file'));
      }
      for (const match of matches.sort()) addFromFolder(match, candidates, problems);
      continue;
    }
    const info = await stat(input).catch(() => undefined);
    if (!info) {
      problems.push(problemFrom(SET_RULES.missingPath, input, 'no such file or directory'));
    } else if (info.isDirectory() && kindFromFilename(input) === undefined) {
      const names = (await readdir(input, { withFileTypes: true })).sort((a, b) => compare(a.name, b.name));
      for (const entry of names) {
        if (entry.isDirectory()) continue;
        addFromFolder(join(input, entry.name), candidates, problems);
      }
    } else {
      candidates.push({ path: input, filename: basename(input) });
    }
  }
  return { candidates: dedupePaths(candidates), problems };
}

/** Characters any glob syntax needs (tinyglobby's, through picomatch): a path without them is never a pattern. */
const GLOB_SYNTAX = /[*?[\]{}()!+@]/;

/**
 * tinyglobby (with picomatch and fdir, about 30 KB) when `input` is a glob pattern by its rules, else undefined.
 * Loaded on demand: `check dist/x.whl` never needs it, and the CLI's start-up is part of every run.
 */
async function globberFor(input: string): Promise<typeof import('tinyglobby') | undefined> {
  if (!GLOB_SYNTAX.test(input)) return undefined;
  const tinyglobby = await import('tinyglobby');
  return tinyglobby.isDynamicPattern(input) ? tinyglobby : undefined;
}

function addFromFolder(path: string, candidates: Candidate[], problems: Problem[]): void {
  const filename = basename(path);
  if (kindFromFilename(filename) !== undefined || refusedFormat(filename) !== undefined) {
    candidates.push({ path, filename });
  } else {
    const why = KNOWN_COMPANIONS.test(filename)
      ? 'skipped (not a distribution)'
      : 'skipped (not a wheel or an sdist)';
    problems.push(problemFrom(FILENAME_RULES.notADistribution, path, why));
  }
}

function dedupePaths(candidates: Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.path) && seen.add(c.path));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
