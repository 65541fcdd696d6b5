/** Rows of the index database, as the queries return them. */
export interface ProjectRow {
  readonly id: number;
  readonly name: string;
  readonly normalized_name: string;
  readonly created_ms: number;
  readonly total_size: number;
}

export interface ReleaseRow {
  readonly id: number;
  readonly project_id: number;
  readonly version: string;
  readonly canonical_version: string;
  /** JSON of `StoredMetadata`. */
  readonly metadata: string;
  readonly requires_python: string | null;
  readonly created_ms: number;
  readonly yanked: number;
  readonly yanked_reason: string | null;
}

export interface FileRow {
  readonly id: number;
  readonly release_id: number;
  readonly filename: string;
  /** Relative to the data directory, `/`-separated. */
  readonly path: string;
  readonly size: number;
  readonly sha256: string;
  readonly blake2_256: string;
  readonly md5: string;
  readonly upload_time_ms: number;
  readonly packagetype: string;
  readonly python_version: string;
  readonly requires_python: string | null;
  readonly metadata_sha256: string | null;
  readonly yanked: number;
  readonly yanked_reason: string | null;
}

/** A file with the version of its release (for listings). */
export interface ListedFile extends FileRow {
  readonly version: string;
  /** 1 when the file was uploaded with attestations (its provenance is served by the Integrity API). */
  readonly has_provenance: number;
}

/** The release metadata fixed by its first file: every header by lower-case name, and the description. */
export interface StoredMetadata {
  readonly fields: Record<string, string[]>;
  readonly description: string | null;
}
