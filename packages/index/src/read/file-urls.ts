import type { FileRow } from '../storage/rows';

/** The download URL of a stored file (its row's path under the index URL, each segment escaped). */
export function fileUrl(base: string, file: Pick<FileRow, 'path'>): string {
  return `${base}/${file.path.split('/').map(encodeURIComponent).join('/')}`;
}

/** ISO 8601 in UTC with microseconds, as PyPI's simple JSON writes `upload-time`. */
export function uploadTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}
