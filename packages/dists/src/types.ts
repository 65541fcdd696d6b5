import type { Problem } from './problem';

export type DistKind = 'wheel' | 'sdist';

/**
 * The digests an upload sends and PyPI verifies, computed in one streaming read. PyPI's form takes md5_digest,
 * sha256_digest and blake2_256_digest and needs at least one (uv sends sha256 alone, twine all three); md5 adds
 * no check that the other two do not, and costs almost as much to compute as both, so clients do not compute it.
 */
export interface Digests {
  readonly size: number;
  readonly sha256: string; // hex
  readonly blake2_256: string; // hex, BLAKE2b with a 32-byte digest
}

/** What an index computes on receipt: it also stores md5 (its JSON API's `md5_digest`). */
export interface DigestsWithMd5 extends Digests {
  readonly md5: string; // hex
}

/**
 * What reading an archive yields: the texts the rules need, and the problems the archive itself has.
 * Produced by `inspectWheel` (archive/zip-reader.ts / wheel-contents.ts) and `inspectSdist`
 * (archive/tar-reader.ts / sdist-contents.ts). Never holds a whole member in memory beyond the small text files
 * listed here.
 */
export interface ArchiveContents {
  /** Problems of the archive: container format, structure, missing files. */
  readonly problems: Problem[];
  /** The core metadata file's text (`*.dist-info/METADATA` or `<top>/PKG-INFO`), when found and readable. */
  readonly metadataText?: string;
  /** Every member name, as stored (for reports and the contents tree). */
  readonly members: readonly string[];
  /** Wheel only: the `.dist-info` directory name that was used, and its `WHEEL` file parsed. */
  readonly wheel?: {
    readonly distInfoDir: string;
    readonly wheelFile?: ReadonlyMap<string, readonly string[]>;
  };
  /** Sdist only: the single top-level directory. */
  readonly sdist?: { readonly topDir: string };
}

/** Core metadata (METADATA / PKG-INFO), as parsed by `parseMetadata` (metadata.ts). */
export interface CoreMetadata {
  /** Every header by lower-case field name (`requires-dist`), values in file order; multi-use fields repeat. */
  readonly fields: ReadonlyMap<string, readonly string[]>;
  /** The long description: the message body, or else the `Description` header with its continuation unfolded. */
  readonly description: string | undefined;
}

/** The report on one file, as `checkFile` (check.ts) returns it. */
export interface FileReport {
  readonly path: string;
  readonly filename: string;
  readonly kind: DistKind | undefined;
  /** From the metadata when readable, else from the filename. */
  readonly name: string | undefined;
  readonly version: string | undefined;
  readonly size: number;
  readonly sha256: string;
  readonly digests: Digests | undefined;
  readonly metadata: CoreMetadata | undefined;
  /** The archive's member names, as stored (empty when the archive could not be read). */
  readonly members: readonly string[];
  readonly problems: Problem[];
}
