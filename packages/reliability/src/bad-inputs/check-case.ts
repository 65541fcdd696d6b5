/**
 * Runs one case the way a release would meet it: `checkDistributions` must report the expected rule, naming the
 * file, and `publish` to a real local index must refuse the release before anything is uploaded.
 */
import { basename } from 'node:path';
import { type CheckReport, checkDistributions, type Problem, type Severity } from '@pypi-release/dists';
import { apiTokenCredentials, PublishError, publish } from '@pypi-release/pypi-client';
import type { BadInputCase, Written } from './case';
import type { CorpusIndex } from './corpus-index';

export interface CaseVerdict {
  readonly id: string;
  readonly ok: boolean;
  /** For the table: what happened, in a few words. */
  readonly outcome: string;
  readonly figures: string;
  /** Upload requests that reached the index during the case (0 is the goal). */
  readonly uploads: number;
  /** When not ok: the expected code, and everything that went otherwise. */
  readonly failure?: string;
}

interface Found {
  readonly problem: Problem;
  /** The file report holding the problem; undefined for the set's own problems. */
  readonly file: string | undefined;
}

export async function checkCase(
  testCase: BadInputCase,
  index: CorpusIndex,
  dir: string,
): Promise<CaseVerdict> {
  const severity = testCase.severity ?? 'error';
  const expected = `${testCase.code} (${severity})`;
  let written: Written;
  try {
    written = await testCase.build(dir);
  } catch (error) {
    return failed(testCase, expected, [`the case could not be built: ${describe(error)}`], 0, 0);
  }
  const names = written.names ?? written.paths.map((p) => basename(p));
  const faults: string[] = [];
  try {
    const report = await checkDistributions(written.paths, { strict: false });
    faults.push(...judgeReport(testCase, severity, report, names));
  } catch (error) {
    faults.push(`checkDistributions threw instead of reporting a problem: ${describe(error)}`);
  }
  const before = index.counts();
  const refusal = await judgePublish(testCase, severity, written.paths, index);
  const after = index.counts();
  const uploads = after.uploads - before.uploads;
  const requests = after.requests - before.requests;
  if (refusal) faults.push(refusal);
  if (uploads > 0) faults.push(`${uploads} upload request(s) reached the index`);
  const stored = await index.stored();
  if (stored.rows > 0 || stored.onDisk > 0) {
    faults.push(`the index holds ${stored.rows} file(s), ${stored.onDisk} on disk`);
  }
  if (faults.length > 0) return failed(testCase, expected, faults, uploads, requests);
  const mode = severity === 'error' ? '' : severity === 'warning' ? ' (warning, strict)' : ' (notice)';
  return {
    id: testCase.id,
    ok: true,
    outcome: `refused: ${testCase.code}${mode}`,
    figures: figures(uploads, requests),
    uploads,
  };
}

/** The report must hold the expected code at the expected severity, naming the file, and nothing unexpected. */
function judgeReport(
  testCase: BadInputCase,
  severity: Severity,
  report: CheckReport,
  names: readonly string[],
): string[] {
  const found: Found[] = [
    ...report.problems.map((problem) => ({ problem, file: undefined })),
    ...report.files.flatMap((f) => f.problems.map((problem) => ({ problem, file: f.filename }))),
  ];
  const faults: string[] = [];
  const matching = found.filter((f) => f.problem.code === testCase.code);
  const right = matching.filter((f) => f.problem.severity === severity);
  if (matching.length === 0) {
    faults.push(`reported ${listCodes(found) || 'no problem at all'}`);
  } else if (right.length === 0) {
    faults.push(`reported ${testCase.code} as ${matching[0]!.problem.severity}`);
  } else if (!right.some((f) => names.every((name) => mentions(f.problem.message, name)))) {
    faults.push(
      `the ${testCase.code} message does not name ${names.join(', ')}: ${right[0]!.problem.message}`,
    );
  }
  const allowed = new Set([testCase.code, ...(testCase.alongside ?? [])]);
  const others = found.filter((f) => !allowed.has(f.problem.code));
  if (others.length > 0) faults.push(`also reported ${listCodes(others)}: ${others[0]!.problem.message}`);
  return faults;
}

/** `publish` must fail its pre-flight with a PublishError that lists the expected code. */
async function judgePublish(
  testCase: BadInputCase,
  severity: Severity,
  paths: readonly string[],
  index: CorpusIndex,
): Promise<string | undefined> {
  try {
    const result = await publish({
      paths,
      repositoryUrl: index.uploadUrl,
      dispatcher: index.dispatcher,
      credentials: async (endpoints) => apiTokenCredentials(index.token, endpoints.origin),
      // The local index stands in for PyPI here: PyPI's own rules apply (`auto` would be `generic` for 127.0.0.1).
      indexPolicy: 'pypi',
      // PyPI takes a file that only has warnings; strict mode is what refuses it.
      strict: severity === 'warning',
    });
    const files = result.files.map((f) => `${f.filename} ${f.status}`).join(', ');
    return `publish went through (${files || 'no file'})`;
  } catch (error) {
    if (!(error instanceof PublishError)) return `publish failed with ${describe(error)}, not a PublishError`;
    if (error.code !== 'preflight-failed') {
      return `publish failed with ${error.code}, not preflight-failed: ${error.message.split('\n')[0]}`;
    }
    // A notice is never listed: the error that comes along with it refuses the release.
    if (severity !== 'notice' && !error.message.includes(`[${testCase.code}]`)) {
      return `the pre-flight refused the release without listing [${testCase.code}]`;
    }
    return undefined;
  }
}

/** A message names a file when it holds its name as is, or JSON-escaped (how control characters are shown). */
function mentions(message: string, name: string): boolean {
  return message.includes(name) || message.includes(JSON.stringify(name).slice(1, -1));
}

/** Distinct `code (severity)` pairs in report order. */
function listCodes(found: readonly Found[]): string {
  return [...new Set(found.map((f) => `${f.problem.code} (${f.problem.severity})`))].join(', ');
}

function figures(uploads: number, requests: number): string {
  return `${uploads} uploads, ${requests} requests`;
}

function failed(
  testCase: BadInputCase,
  expected: string,
  faults: readonly string[],
  uploads: number,
  requests: number,
): CaseVerdict {
  const first = faults[0] ?? '';
  return {
    id: testCase.id,
    ok: false,
    outcome: `expected ${expected}; ${first.length > 90 ? `${first.slice(0, 89)}…` : first}`,
    figures: figures(uploads, requests),
    uploads,
    failure: `${testCase.attack}: expected ${expected}: ${faults.join('; ')}`,
  };
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
