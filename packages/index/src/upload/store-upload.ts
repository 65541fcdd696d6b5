import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { CoreMetadata, DigestsWithMd5 } from '@pypi-release/dists';
import { normalizeName } from '@pypi-release/dists';
import { moveDurable, writeFileDurable } from '../storage/durable-fs';
import type { AddFileResult } from '../storage/index-store';
import { type Storage, storagePath } from '../storage/storage';
import { readWheelMetadata } from '../storage/wheel-metadata';
import { toStoredMetadata } from './form-metadata';
import type { UploadForm } from './form-rules';
import { releaseKey } from './release-key';

export interface StoreRequest {
  readonly form: UploadForm;
  readonly metadata: CoreMetadata;
  /** The project's display name when it exists already. */
  readonly projectName: string | undefined;
  readonly filename: string;
  readonly tempPath: string;
  readonly digests: DigestsWithMd5;
  /** The PEP 740 provenance of verified attestations (JSON), stored with the file. */
  readonly provenance?: string | undefined;
  readonly nowMs: number;
}

/**
 * Stores an accepted file: bytes (and a wheel's PEP 658 METADATA) synced and renamed into place first, the
 * database rows committed after, so a crash at any point leaves either nothing or the whole file registered.
 */
export async function storeUpload(storage: Storage, req: StoreRequest): Promise<AddFileResult> {
  const path = storagePath(req.digests.sha256, req.filename);
  const absolute = storage.absolute(path);
  let metadataSha256: string | null = null;
  if (req.filename.endsWith('.whl')) {
    const bytes = await readWheelMetadata(req.tempPath, req.filename).catch(() => undefined);
    if (bytes) {
      await writeFileDurable(`${absolute}.metadata`, bytes, storage.tmpDir, storage.dataDir);
      metadataSha256 = createHash('sha256').update(bytes).digest('hex');
    }
  }
  await moveDurable(req.tempPath, absolute, storage.dataDir);
  const requiresPython = req.metadata.fields.get('requires-python')?.[0] ?? null;
  let result: AddFileResult;
  try {
    result = storage.index.addFile({
      projectName: req.projectName ?? req.form.name,
      normalizedName: normalizeName(req.form.name),
      version: req.form.version,
      canonicalVersion: releaseKey(req.form.version),
      metadata: toStoredMetadata(req.metadata),
      requiresPython,
      filename: req.filename,
      path,
      digests: req.digests,
      packagetype: req.form.filetype,
      pythonVersion: req.form.pyversion,
      metadataSha256,
      provenance: req.provenance,
      nowMs: req.nowMs,
    });
  } catch (error) {
    await removeUnreferenced(storage, path);
    throw error;
  }
  if (result === 'conflict') await removeUnreferenced(storage, path);
  return result;
}

async function removeUnreferenced(storage: Storage, path: string): Promise<void> {
  if (storage.index.isReferenced(path)) return;
  const absolute = storage.absolute(path);
  await rm(absolute, { force: true });
  await rm(`${absolute}.metadata`, { force: true });
}
