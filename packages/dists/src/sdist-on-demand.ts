import type { ArchiveContents } from './types';

/**
 * `inspectSdist` (sdist-contents.ts), whose module (the tar reader, gzip and stream pipelines) is loaded on the
 * first call: a bundle's check of wheels only never loads or compiles it. Nothing else may import
 * sdist-contents.ts statically, or bundles would load it again with the rest.
 */
export async function inspectSdist(
  path: string,
  filename: string,
  expected?: { name: string; version: string },
): Promise<ArchiveContents> {
  const reader = await import('./sdist-contents');
  return reader.inspectSdist(path, filename, expected);
}
