import type { Db } from './database';

export interface MintedTokenRow {
  readonly token_sha256: string;
  readonly publisher: string;
  /** JSON array of normalised project names. */
  readonly projects: string;
  readonly expires_at: number;
  readonly created_ms: number;
}

/** Minted Trusted Publishing tokens (stored as sha256 only) and the `jti`s already exchanged. */
export class CredentialsStore {
  constructor(private readonly db: Db) {}

  addToken(
    tokenSha256: string,
    publisher: string,
    projects: readonly string[],
    expiresAt: number,
    nowMs: number,
  ): void {
    this.db
      .prepare(
        'INSERT INTO tokens (token_sha256, publisher, projects, expires_at, created_ms) VALUES (?, ?, ?, ?, ?)',
      )
      .run(tokenSha256, publisher, JSON.stringify(projects), expiresAt, nowMs);
  }

  token(tokenSha256: string): MintedTokenRow | undefined {
    return this.db.prepare('SELECT * FROM tokens WHERE token_sha256 = ?').get(tokenSha256) as
      | MintedTokenRow
      | undefined;
  }

  /** Revokes a minted token: it no longer authenticates. */
  revokeToken(tokenSha256: string): void {
    this.db.prepare('DELETE FROM tokens WHERE token_sha256 = ?').run(tokenSha256);
  }

  /** Makes a minted token expire at `nowSeconds`. */
  expireToken(tokenSha256: string, nowSeconds: number): void {
    this.db.prepare('UPDATE tokens SET expires_at = ? WHERE token_sha256 = ?').run(nowSeconds, tokenSha256);
  }

  /** Records that a pending publisher created `normalizedName` (it is that project's publisher from now on). */
  recordCreation(publisher: string, normalizedName: string): void {
    this.db
      .prepare('INSERT OR IGNORE INTO created_projects (publisher, normalized_name) VALUES (?, ?)')
      .run(publisher, normalizedName);
  }

  createdBy(publisher: string, normalizedName: string): boolean {
    return (
      this.db
        .prepare('SELECT 1 FROM created_projects WHERE publisher = ? AND normalized_name = ?')
        .get(publisher, normalizedName) !== undefined
    );
  }

  /** Records `jti` as used; false when it was used before (PYPI.md §1: each JWT is exchanged once). */
  claimJti(jti: string, expiresAtSeconds: number, nowSeconds: number): boolean {
    this.db.prepare('DELETE FROM jtis WHERE expires_at < ?').run(nowSeconds - 3600);
    return (
      this.db.prepare('INSERT OR IGNORE INTO jtis (jti, expires_at) VALUES (?, ?)').run(jti, expiresAtSeconds)
        .changes === 1
    );
  }
}
