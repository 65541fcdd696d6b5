import { createHash } from 'node:crypto';
import { normalizeName } from '@pypi-release/dists';
import type { BuiltFile } from '../release-fixture';

/** A file the index lists for the project, with the sha256 it lists and the sha256 of the bytes it serves. */
export interface LandedFile {
  readonly filename: string;
  readonly listedSha256: string | undefined;
  readonly servedSha256: string;
}

/** Counts of what went wrong, comparing what landed with what was built. */
export interface Damage {
  /** Built files the index does not have. */
  readonly missing: string[];
  /** Files listed more than once. */
  readonly duplicated: string[];
  /** Files whose listed or served bytes differ from the built ones, or that were never built. */
  readonly altered: string[];
}

const SIMPLE_JSON = 'application/vnd.pypi.simple.v1+json';

/**
 * Reads the project's files through the simple JSON API (PYPI.md §4) and downloads each one, so the check
 * depends on what the index serves, not on its database.
 */
export async function readLanded(simpleUrl: string, project: string): Promise<LandedFile[]> {
  const response = await fetch(`${simpleUrl}${normalizeName(project)}/`, {
    headers: { accept: SIMPLE_JSON },
  });
  if (response.status === 404) {
    await response.body?.cancel();
    return [];
  }
  if (!response.ok) throw new Error(`${simpleUrl}: ${response.status} ${response.statusText}`);
  const listing = (await response.json()) as {
    files: Array<{ filename: string; url: string; hashes?: Record<string, string> }>;
  };
  const landed: LandedFile[] = [];
  for (const file of listing.files) {
    const download = await fetch(new URL(file.url, simpleUrl));
    const bytes = Buffer.from(await download.arrayBuffer());
    if (!download.ok) throw new Error(`${file.url}: ${download.status}`);
    landed.push({
      filename: file.filename,
      listedSha256: file.hashes?.sha256,
      servedSha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return landed;
}

export function compareLanded(built: readonly BuiltFile[], landed: readonly LandedFile[]): Damage {
  const expected = new Map(built.map((f) => [f.filename, f.sha256]));
  const seen = new Map<string, number>();
  const altered: string[] = [];
  for (const file of landed) {
    seen.set(file.filename, (seen.get(file.filename) ?? 0) + 1);
    const sha256 = expected.get(file.filename);
    if (sha256 === undefined || file.servedSha256 !== sha256 || file.listedSha256 !== sha256) {
      altered.push(file.filename);
    }
  }
  return {
    missing: built.filter((f) => !seen.has(f.filename)).map((f) => f.filename),
    duplicated: [...seen].filter(([, n]) => n > 1).map(([filename]) => filename),
    altered,
  };
}

export function damageText(damage: Damage): string {
  return `lost ${damage.missing.length}, duplicated ${damage.duplicated.length}, altered ${damage.altered.length}`;
}

export function undamaged(damage: Damage): boolean {
  return damage.missing.length + damage.duplicated.length + damage.altered.length === 0;
}
