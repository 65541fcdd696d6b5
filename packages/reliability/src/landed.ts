import { createHash } from 'node:crypto';
import { normalizeName } from '@pypi-release/dists';
import * as z from '@pypi-release/zod';
import type { BuiltFile } from './release-fixture';

/** A file the index lists for the project: what the listing says, and what the index serves. */
export interface LandedFile {
  readonly filename: string;
  readonly listedSha256: string | undefined;
  readonly listedSize: number | undefined;
  readonly servedSha256: string;
  readonly servedSize: number;
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

const pageSchema = z.object({
  files: z.array(
    z.object({
      filename: z.string(),
      url: z.string(),
      hashes: z._default(z.record(z.string(), z.string()), {}),
      size: z.optional(z.number()),
    }),
  ),
});

/**
 * Reads the project's files through the simple JSON API (PYPI.md §4) and downloads each one, so a check depends
 * on what the index serves, not on its database. Every listed entry is returned, duplicates included; a project
 * the index does not know has none. Throws, naming the URL, when the index answers anything else.
 */
export async function readLanded(simpleUrl: string, project: string): Promise<LandedFile[]> {
  const pageUrl = new URL(`${normalizeName(project)}/`, simpleUrl).href;
  const response = await fetch(pageUrl, { headers: { accept: SIMPLE_JSON } });
  if (response.status === 404) {
    await response.body?.cancel();
    return [];
  }
  const type = response.headers.get('content-type') ?? '';
  if (!response.ok || !type.startsWith(SIMPLE_JSON)) {
    await response.body?.cancel();
    throw new Error(
      `GET ${pageUrl} answered ${response.status} ${type || '(no content type)'}, not ${SIMPLE_JSON}`,
    );
  }
  const listing = pageSchema.safeParse(await response.json());
  if (!listing.success) throw new Error(`${pageUrl} is not a PEP 691 project page`);
  const landed: LandedFile[] = [];
  for (const file of listing.data.files) {
    const url = new URL(file.url, pageUrl).href;
    const download = await fetch(url);
    const bytes = Buffer.from(await download.arrayBuffer());
    if (!download.ok) throw new Error(`GET ${url} answered ${download.status}`);
    landed.push({
      filename: file.filename,
      listedSha256: file.hashes.sha256,
      listedSize: file.size,
      servedSha256: createHash('sha256').update(bytes).digest('hex'),
      servedSize: bytes.length,
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
