/**
 * A streaming multipart/form-data parser (RFC 7578), bounded in every dimension: number of parts, size of each
 * non-file field, size of a part's header block. File parts are handed over chunk by chunk, never buffered.
 */
export interface MultipartLimits {
  readonly maxFields: number;
  readonly maxFieldSize: number;
  readonly maxHeaderSize: number;
}

export interface PartInfo {
  readonly name: string;
  readonly filename: string | undefined;
  readonly contentType: string | undefined;
}

/** Receives the parts in order. `fileData` may return a promise: the parser waits (backpressure). */
export interface PartHandler {
  field(name: string, value: string): void;
  fileStart(part: PartInfo): Promise<void> | void;
  fileData(chunk: Buffer): Promise<void> | void;
  fileEnd(): Promise<void> | void;
}

export class MultipartError extends Error {
  override readonly name = 'MultipartError';
}

/** The boundary of a `multipart/form-data` content type, or undefined when it is another type. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\s*(;|$)/i.test(contentType)) return undefined;
  const match = /;\s*boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  return match?.[1] ?? match?.[2];
}

/** Reads `name="…"`-style parameters of a Content-Disposition value (quoted strings with `\` escapes). */
export function dispositionParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  const re = /;\s*([A-Za-z0-9!#$&+.^_`|~*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  for (const m of value.matchAll(re)) {
    const key = (m[1] ?? '').toLowerCase();
    const raw = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    if (!params.has(key)) params.set(key, raw);
  }
  return params;
}

function parseHeaders(block: Buffer): PartInfo {
  const headers = new Map<string, string>();
  for (const line of block.toString('utf8').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) throw new MultipartError('a part has a malformed header line');
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const disposition = headers.get('content-disposition');
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) {
    throw new MultipartError('a part has no "Content-Disposition: form-data" header');
  }
  const params = dispositionParams(disposition);
  const name = params.get('name');
  if (name === undefined) throw new MultipartError('a part has no name');
  return { name, filename: params.get('filename'), contentType: headers.get('content-type') };
}

type State = 'preamble' | 'headers' | 'body' | 'after-delimiter' | 'done';

export async function parseMultipart(
  source: AsyncIterable<Buffer | string>,
  boundary: string,
  limits: MultipartLimits,
  handler: PartHandler,
): Promise<void> {
  const dashBoundary = Buffer.from(`--${boundary}`);
  const delimiter = Buffer.from(`\r\n--${boundary}`);
  let buf: Buffer = Buffer.alloc(0);
  let state = 'preamble' as State;
  let part: PartInfo | undefined;
  let fieldChunks: Buffer[] = [];
  let fieldSize = 0;
  let parts = 0;

  const emitBody = async (data: Buffer): Promise<void> => {
    if (data.length === 0 || !part) return;
    if (part.filename !== undefined) {
      await handler.fileData(data);
      return;
    }
    fieldSize += data.length;
    if (fieldSize > limits.maxFieldSize) {
      throw new MultipartError(`the form field "${part.name}" is larger than ${limits.maxFieldSize} bytes`);
    }
    fieldChunks.push(data);
  };

  const endPart = async (): Promise<void> => {
    if (!part) return;
    if (part.filename !== undefined) await handler.fileEnd();
    else handler.field(part.name, Buffer.concat(fieldChunks).toString('utf8'));
    part = undefined;
    fieldChunks = [];
    fieldSize = 0;
  };

  const step = async (): Promise<boolean> => {
    switch (state) {
      case 'preamble': {
        const at = buf.indexOf(dashBoundary);
        if (at < 0) {
          if (buf.length > limits.maxHeaderSize)
            throw new MultipartError('no boundary found at the start of the body');
          return false;
        }
        buf = buf.subarray(at + dashBoundary.length);
        state = 'after-delimiter';
        return true;
      }
      case 'after-delimiter': {
        if (buf.length < 2) return false;
        if (buf[0] === 0x2d && buf[1] === 0x2d) {
          state = 'done';
          return false;
        }
        const eol = buf.indexOf('\r\n');
        if (eol < 0) {
          if (buf.length > 256) throw new MultipartError('a boundary line is malformed');
          return false;
        }
        if (buf.subarray(0, eol).toString('latin1').trim() !== '')
          throw new MultipartError('a boundary line is malformed');
        buf = buf.subarray(eol + 2);
        state = 'headers';
        return true;
      }
      case 'headers': {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0 || end > limits.maxHeaderSize) {
          if (buf.length > limits.maxHeaderSize || end > limits.maxHeaderSize) {
            throw new MultipartError(`a part's headers are longer than ${limits.maxHeaderSize} bytes`);
          }
          return false;
        }
        if (++parts > limits.maxFields)
          throw new MultipartError(`the form has more than ${limits.maxFields} fields`);
        part = parseHeaders(buf.subarray(0, end));
        buf = buf.subarray(end + 4);
        if (part.filename !== undefined) await handler.fileStart(part);
        state = 'body';
        return true;
      }
      case 'body': {
        const at = buf.indexOf(delimiter);
        if (at < 0) {
          const keep = delimiter.length - 1;
          if (buf.length > keep) {
            const data = buf.subarray(0, buf.length - keep);
            buf = buf.subarray(buf.length - keep);
            await emitBody(data);
          }
          return false;
        }
        await emitBody(buf.subarray(0, at));
        buf = buf.subarray(at + delimiter.length);
        await endPart();
        state = 'after-delimiter';
        return true;
      }
      case 'done':
        return false;
    }
  };

  for await (const chunk of source) {
    if (state === 'done') continue; // the epilogue is ignored
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    buf = buf.length === 0 ? bytes : Buffer.concat([buf, bytes]);
    while (await step()) {
      // keep stepping while progress is made
    }
  }
  if (state !== 'done') throw new MultipartError('the body ended before the closing boundary');
}
