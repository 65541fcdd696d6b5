import Database from 'libsql';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS projects (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  normalized_name TEXT NOT NULL UNIQUE,
  created_ms INTEGER NOT NULL,
  total_size INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS releases (
  id INTEGER PRIMARY KEY,
  project_id INTEGER NOT NULL REFERENCES projects(id),
  version TEXT NOT NULL,
  canonical_version TEXT NOT NULL,
  metadata TEXT NOT NULL,
  requires_python TEXT,
  created_ms INTEGER NOT NULL,
  yanked INTEGER NOT NULL DEFAULT 0,
  yanked_reason TEXT,
  UNIQUE (project_id, canonical_version)
);
CREATE TABLE IF NOT EXISTS files (
  id INTEGER PRIMARY KEY,
  release_id INTEGER NOT NULL REFERENCES releases(id),
  filename TEXT NOT NULL UNIQUE,
  path TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  blake2_256 TEXT NOT NULL UNIQUE,
  md5 TEXT NOT NULL,
  upload_time_ms INTEGER NOT NULL,
  packagetype TEXT NOT NULL,
  python_version TEXT NOT NULL,
  requires_python TEXT,
  metadata_sha256 TEXT,
  yanked INTEGER NOT NULL DEFAULT 0,
  yanked_reason TEXT
);
CREATE INDEX IF NOT EXISTS files_release ON files (release_id);
CREATE TABLE IF NOT EXISTS provenance (
  file_id INTEGER PRIMARY KEY REFERENCES files(id) ON DELETE CASCADE,
  provenance TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS deleted_filenames (
  filename TEXT PRIMARY KEY,
  deleted_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  token_sha256 TEXT PRIMARY KEY,
  publisher TEXT NOT NULL,
  projects TEXT NOT NULL,
  expires_at INTEGER NOT NULL,
  created_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS created_projects (
  publisher TEXT NOT NULL,
  normalized_name TEXT NOT NULL,
  PRIMARY KEY (publisher, normalized_name)
);
CREATE TABLE IF NOT EXISTS jtis (
  jti TEXT PRIMARY KEY,
  expires_at INTEGER NOT NULL
);
`;

/** Opens (creating when needed) the index database: WAL journal, full sync, foreign keys on. */
export function openDatabase(file: string): Db {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  return db;
}
