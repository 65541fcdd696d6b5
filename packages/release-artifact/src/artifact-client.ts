/**
 * The part of `@actions/artifact`'s client this library uses; the action passes its `DefaultArtifactClient`
 * (tests may pass any object of this shape).
 */
export interface ArtifactClient {
  listArtifacts(): Promise<{ artifacts: { readonly id: number; readonly name: string }[] }>;
  downloadArtifact(id: number, options: { path: string }): Promise<unknown>;
  uploadArtifact(name: string, files: string[], rootDirectory: string): Promise<{ id?: number | undefined }>;
}

/** A small logger; the action maps it to `core.info`. */
export interface Logger {
  info(message: string): void;
}

/** A glob over artifact names: `*` any run of characters, `?` one character; the rest is literal. */
export function globToRegExp(pattern: string): RegExp {
  const body = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\/]/g, '\\$&')))
    .join('');
  return new RegExp(`^${body}$`);
}
