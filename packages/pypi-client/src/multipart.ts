import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file part of a form: streamed from disk, never held in memory. */
export interface FilePart {
  readonly field: string;
  readonly filename: string;
  readonly path: string;
  readonly size: number;
}

/** A multipart/form-data body whose length is known before the first byte (no chunked encoding). */
export interface MultipartBody {
  readonly contentType: string;
  readonly length: number;
  /** A fresh stream of the body (one per attempt); `onFileBytes` is told the file bytes sent so far. */
  stream(onFileBytes?: (sent: number) => void): AsyncIterable<Uint8Array>;
}

const READ_CHUNK = 1 << 20;

/** Quotes a name for a Content-Disposition parameter as browsers do (WHATWG multipart encoding). */
function quote(value: string): string {
  return value.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
}

/**
 * Encodes text fields (repeated names allowed) and one file part. The text fields are small (the long
 * description is the largest) and are encoded up front; the file is read in 1 MiB chunks as the socket drains.
 */
export function multipartBody(
  fields: ReadonlyArray<readonly [string, string]>,
  file: FilePart,
  boundary = `pypi-release-${randomBytes(16).toString('hex')}`,
): MultipartBody {
  const head = Buffer.concat(
    fields.map(([name, value]) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${value}\r\n`,
        'utf8',
      ),
    ),
  );
  const fileHead = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${quote(file.field)}"; ` +
      `filename="${quote(file.filename)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    'utf8',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + fileHead.length + file.size + tail.length,
    async *stream(onFileBytes) {
      yield head;
      yield fileHead;
      let sent = 0;
      for await (const chunk of createReadStream(file.path, { highWaterMark: READ_CHUNK })) {
        const bytes = chunk as Buffer;
        sent += bytes.length;
        if (sent > file.size) throw new Error(`${file.path} grew while it was being uploaded`);
        yield bytes;
        onFileBytes?.(sent);
      }
      if (sent !== file.size) throw new Error(`${file.path} changed size while it was being uploaded`);
      yield tail;
    },
  };
}
