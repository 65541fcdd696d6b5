import {
  BlobSASPermissions,
  BlobServiceClient,
  type ContainerClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';
import { AZURITE_ACCOUNT, AZURITE_KEY } from './azurite';

/** The blobs of every artifact, in one container of an Azurite account, reached through SAS-signed URLs. */
export interface BlobStore {
  /** A URL the client may create and write the blob through (`cw`), valid for `ttlSeconds`. */
  uploadUrl(blobName: string): string;
  /** A URL the client may read the blob through (`r`); `filename` sets the download's Content-Disposition. */
  downloadUrl(blobName: string, filename?: string): string;
  /** The blob's size in bytes, or undefined when it was never written. */
  size(blobName: string): Promise<number | undefined>;
  remove(blobName: string): Promise<void>;
  /** The blob's bytes. */
  read(blobName: string): Promise<Buffer>;
  /** Copies the first `bytes` of a blob to `targetName` (fault injection: a truncated download). */
  truncatedCopy(blobName: string, targetName: string, bytes: (size: number) => number): Promise<void>;
}

const CONTAINER = 'actions-results';

export async function createBlobStore(blobEndpoint: string, ttlSeconds = 3600): Promise<BlobStore> {
  const credential = new StorageSharedKeyCredential(AZURITE_ACCOUNT, AZURITE_KEY);
  const service = new BlobServiceClient(blobEndpoint, credential);
  const container: ContainerClient = service.getContainerClient(CONTAINER);
  await container.createIfNotExists();

  const sign = (blobName: string, permissions: string, filename?: string): string => {
    const now = Date.now();
    const sas = generateBlobSASQueryParameters(
      {
        containerName: CONTAINER,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        startsOn: new Date(now - 60_000),
        expiresOn: new Date(now + ttlSeconds * 1000),
        ...(filename === undefined
          ? {}
          : {
              contentDisposition: `attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
            }),
      },
      credential,
    );
    return `${container.getBlobClient(blobName).url}?${sas.toString()}`;
  };

  return {
    uploadUrl: (blobName) => sign(blobName, 'cw'),
    downloadUrl: (blobName, filename) => sign(blobName, 'r', filename),
    size: async (blobName) => {
      const blob = container.getBlobClient(blobName);
      if (!(await blob.exists())) return undefined;
      return (await blob.getProperties()).contentLength ?? 0;
    },
    read: (blobName) => container.getBlobClient(blobName).downloadToBuffer(),
    remove: async (blobName) => {
      await container.getBlobClient(blobName).deleteIfExists();
    },
    truncatedCopy: async (blobName, targetName, bytes) => {
      const source = container.getBlobClient(blobName);
      const properties = await source.getProperties();
      const whole = await source.downloadToBuffer();
      const kept = whole.subarray(0, Math.max(0, Math.min(whole.length, bytes(whole.length))));
      await container.getBlockBlobClient(targetName).uploadData(kept, {
        blobHTTPHeaders: { ...(properties.contentType ? { blobContentType: properties.contentType } : {}) },
      });
    },
  };
}
