import { createHash, randomBytes } from 'node:crypto';
import type { TLog } from '@sigstore/mock/dist/rekor/index.js';
import { SigstoreLocalError } from './errors';
import { canonicalDsseEntry, LOG_ENTRIES_PATH } from './rekor';

/** Real Rekor's answer to a proposed entry whose canonical body is already logged (pkg/api/error.go). */
export const ENTRY_ALREADY_EXISTS = 'an equivalent entry already exists in the transparency log with UUID';

interface LoggedEntry {
  body: string;
  integratedTime: number;
  logID: string;
  logIndex: number;
  verification: unknown;
}

export interface CreatedEntry {
  /** `{<entry ID>: entry}`, as Rekor answers `POST /api/v1/log/entries`. */
  body: Record<string, LoggedEntry>;
  /** The entry's path, as Rekor's Location header gives it. */
  location: string;
}

/**
 * The entries of Rekor v1, as real Rekor keeps them: keyed by the Merkle leaf hash of the canonical body
 * (RFC 6962, sha256(0x00 || body)), named by an entry ID of the tree ID (16 hex) and that hash (64 hex). Logging
 * an equivalent entry again is refused with 409 and the existing entry's Location, which is what a client that
 * retried after a lost answer meets (sigstore-js then fetches the entry when `fetchOnConflict` is on).
 */
export class RekorLog {
  private readonly byLeafHash = new Map<string, { entryId: string; entry: LoggedEntry }>();
  private readonly treeId = randomBytes(8).toString('hex');

  constructor(private readonly tlog: () => TLog) {}

  async create(proposed: unknown): Promise<CreatedEntry> {
    const canonical = canonicalDsseEntry(proposed);
    const logged = Object.values(await this.tlog().log(canonical))[0] as LoggedEntry;
    const leafHash = createHash('sha256')
      .update(Buffer.from([0x00]))
      .update(Buffer.from(logged.body, 'base64'))
      .digest('hex');
    const existing = this.byLeafHash.get(leafHash);
    if (existing !== undefined) {
      throw new SigstoreLocalError('ENTRY_EXISTS', `${ENTRY_ALREADY_EXISTS} ${existing.entryId}`, 409, {
        headers: { location: locationOf(existing.entryId) },
      });
    }
    const entryId = `${this.treeId}${leafHash}`;
    this.byLeafHash.set(leafHash, { entryId, entry: logged });
    return { body: { [entryId]: logged }, location: locationOf(entryId) };
  }

  /** `GET /api/v1/log/entries/{entryUUID}`: by entry ID (80 hex) or bare UUID (64 hex), as real Rekor takes it. */
  get(id: string): Record<string, LoggedEntry> {
    const match = /^(?:([0-9a-f]{16}))?([0-9a-f]{64})$/.exec(id);
    if (match === null) {
      throw new SigstoreLocalError('MALFORMED_REQUEST', `incorrectly formatted uuid ${id}`, 400);
    }
    const found = this.byLeafHash.get(match[2] as string);
    if (found === undefined || (match[1] !== undefined && match[1] !== this.treeId)) {
      throw new SigstoreLocalError('ENTRY_NOT_FOUND', 'Not Found', 404);
    }
    return { [found.entryId]: found.entry };
  }
}

function locationOf(entryId: string): string {
  return `${LOG_ENTRIES_PATH}/${entryId}`;
}
