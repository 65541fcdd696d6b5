import type { DigestsWithMd5 } from '@pypi-release/dists';
import type { Db } from './database';
import type { FileRow, ListedFile, ProjectRow, ReleaseRow, StoredMetadata } from './rows';

export interface NewFile {
  readonly projectName: string;
  readonly normalizedName: string;
  readonly version: string;
  readonly canonicalVersion: string;
  readonly metadata: StoredMetadata;
  readonly requiresPython: string | null;
  readonly filename: string;
  readonly path: string;
  readonly digests: DigestsWithMd5;
  readonly packagetype: string;
  readonly pythonVersion: string;
  readonly metadataSha256: string | null;
  /** The PEP 740 provenance object (JSON) of verified attestations, stored with the file in one transaction. */
  readonly provenance?: string | undefined;
  readonly nowMs: number;
}

export type AddFileResult = 'stored' | 'duplicate' | 'conflict';

/** Queries over projects, releases and files; every write is one transaction. */
export class IndexStore {
  constructor(private readonly db: Db) {}

  project(normalizedName: string): ProjectRow | undefined {
    return this.db.prepare('SELECT * FROM projects WHERE normalized_name = ?').get(normalizedName) as
      | ProjectRow
      | undefined;
  }

  projects(): ProjectRow[] {
    return this.db.prepare('SELECT * FROM projects ORDER BY normalized_name').all() as ProjectRow[];
  }

  release(projectId: number, canonicalVersion: string): ReleaseRow | undefined {
    return this.db
      .prepare('SELECT * FROM releases WHERE project_id = ? AND canonical_version = ?')
      .get(projectId, canonicalVersion) as ReleaseRow | undefined;
  }

  releases(projectId: number): ReleaseRow[] {
    return this.db
      .prepare('SELECT * FROM releases WHERE project_id = ? ORDER BY id')
      .all(projectId) as ReleaseRow[];
  }

  /** Files with this name or these bytes (PyPI's duplicate test looks at both). */
  filesLike(filename: string, blake2: string): FileRow[] {
    return this.db
      .prepare('SELECT * FROM files WHERE filename = ? OR blake2_256 = ?')
      .all(filename, blake2) as FileRow[];
  }

  file(filename: string): FileRow | undefined {
    return this.db.prepare('SELECT * FROM files WHERE filename = ?').get(filename) as FileRow | undefined;
  }

  filesOfProject(projectId: number): ListedFile[] {
    return this.db
      .prepare(
        `SELECT files.*, releases.version AS version,
           EXISTS (SELECT 1 FROM provenance WHERE provenance.file_id = files.id) AS has_provenance
         FROM files JOIN releases ON files.release_id = releases.id
         WHERE releases.project_id = ? ORDER BY files.filename`,
      )
      .all(projectId) as ListedFile[];
  }

  isDeletedFilename(filename: string): boolean {
    return this.db.prepare('SELECT 1 FROM deleted_filenames WHERE filename = ?').get(filename) !== undefined;
  }

  releaseHasSdist(releaseId: number): boolean {
    return (
      this.db.prepare("SELECT 1 FROM files WHERE release_id = ? AND packagetype = 'sdist'").get(releaseId) !==
      undefined
    );
  }

  /** Creates an empty project (a pending publisher's first exchange); no-op when it exists. */
  createProject(name: string, normalizedName: string, nowMs: number): void {
    this.db
      .prepare('INSERT OR IGNORE INTO projects (name, normalized_name, created_ms) VALUES (?, ?, ?)')
      .run(name, normalizedName, nowMs);
  }

  /**
   * Registers a file whose bytes already sit at `path`: project and release are created when missing, in the same
   * transaction, so a release never exists without its first file. A concurrent upload of the same name is
   * `duplicate` when its bytes are identical, `conflict` otherwise.
   */
  addFile(file: NewFile): AddFileResult {
    const tx = this.db.transaction((f: NewFile): AddFileResult => {
      const existing = this.filesLike(f.filename, f.digests.blake2_256);
      if (existing.length > 0) {
        const same = existing.every((row) => row.filename === f.filename && row.sha256 === f.digests.sha256);
        return same ? 'duplicate' : 'conflict';
      }
      this.createProject(f.projectName, f.normalizedName, f.nowMs);
      const project = this.project(f.normalizedName)!;
      let release = this.release(project.id, f.canonicalVersion);
      if (!release) {
        this.db
          .prepare(
            `INSERT INTO releases (project_id, version, canonical_version, metadata, requires_python, created_ms)
             VALUES (?, ?, ?, ?, ?, ?)`,
          )
          .run(
            project.id,
            f.version,
            f.canonicalVersion,
            JSON.stringify(f.metadata),
            f.requiresPython,
            f.nowMs,
          );
        release = this.release(project.id, f.canonicalVersion)!;
      }
      this.db
        .prepare(
          `INSERT INTO files (release_id, filename, path, size, sha256, blake2_256, md5, upload_time_ms, packagetype,
             python_version, requires_python, metadata_sha256)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          release.id,
          f.filename,
          f.path,
          f.digests.size,
          f.digests.sha256,
          f.digests.blake2_256,
          f.digests.md5,
          f.nowMs,
          f.packagetype,
          f.pythonVersion,
          f.requiresPython,
          f.metadataSha256,
        );
      if (f.provenance !== undefined) {
        this.db
          .prepare(
            'INSERT INTO provenance (file_id, provenance) VALUES ((SELECT id FROM files WHERE filename = ?), ?)',
          )
          .run(f.filename, f.provenance);
      }
      this.db
        .prepare('UPDATE projects SET total_size = total_size + ? WHERE id = ?')
        .run(f.digests.size, project.id);
      return 'stored';
    });
    return tx.immediate(file);
  }

  /** The stored PEP 740 provenance (JSON) of a file, if it was uploaded with attestations. */
  provenanceOf(fileId: number): string | undefined {
    const row = this.db.prepare('SELECT provenance FROM provenance WHERE file_id = ?').get(fileId) as
      | { provenance: string }
      | undefined;
    return row?.provenance;
  }

  /** Whether any file row refers to `path`. */
  isReferenced(path: string): boolean {
    return this.db.prepare('SELECT 1 FROM files WHERE path = ?').get(path) !== undefined;
  }

  /** Every stored path (for recovery). */
  allPaths(): Array<{ id: number; path: string }> {
    return this.db.prepare('SELECT id, path FROM files').all() as Array<{ id: number; path: string }>;
  }

  /** Removes file rows whose bytes are gone, then releases left without files; fixes the projects' sizes. */
  removeFileRows(ids: readonly number[]): void {
    const tx = this.db.transaction(() => {
      const del = this.db.prepare('DELETE FROM files WHERE id = ?');
      for (const id of ids) del.run(id);
      this.db.exec(`
        DELETE FROM releases WHERE id NOT IN (SELECT DISTINCT release_id FROM files);
        UPDATE projects SET total_size = COALESCE((SELECT SUM(files.size) FROM files JOIN releases
          ON files.release_id = releases.id WHERE releases.project_id = projects.id), 0);
      `);
    });
    tx.immediate();
  }
}
