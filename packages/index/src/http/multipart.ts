import { type MultipartEvent, MultipartTokenizer } from './multipart-events';

/**
 * A streaming multipart/form-data reader (RFC 7578) over formidable's tokenizer (`./multipart-events`), bounded
 * in every dimension: number of parts, size of each non-file field, size of a part's header block, bytes before
 * the first boundary. File parts are handed over chunk by chunk, never buffered.
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

function partInfo(headers: Map<string, string>): PartInfo {
  const disposition = headers.get('content-disposition');
  if (!disposition || !/^form-data\s*(;|$)/i.test(disposition)) {
    throw new MultipartError('a part has no "Content-Disposition: form-data" header');
  }
  const params = dispositionParams(disposition);
  const name = params.get('name');
  if (name === undefined) throw new MultipartError('a part has no name');
  return { name, filename: params.get('filename'), contentType: headers.get('content-type') };
}

/** formidable's refusal, worded by where the body broke. */
function framingError(error: unknown, atEnd: boolean, inHeaders: boolean): MultipartError {
  if (error instanceof MultipartError) return error;
  if (atEnd) return new MultipartError('the body ended before the closing boundary');
  return new MultipartError(
    inHeaders ? 'a part has a malformed header line' : 'a boundary line is malformed',
  );
}

export async function parseMultipart(
  source: AsyncIterable<Buffer | string>,
  boundary: string,
  limits: MultipartLimits,
  handler: PartHandler,
): Promise<void> {
  const tokenizer = new MultipartTokenizer(boundary);
  let started = false; // the first boundary was seen
  let preamble = 0;
  let ended = false; // the closing boundary was seen
  let inHeaders = false;
  let headers = new Map<string, string>();
  let headerField = '';
  let headerValue = '';
  let headerSize = 0;
  let part: PartInfo | undefined;
  let fieldChunks: Buffer[] = [];
  let fieldSize = 0;
  let parts = 0;

  const countHeader = (bytes: number): void => {
    headerSize += bytes;
    if (headerSize > limits.maxHeaderSize) {
      throw new MultipartError(`a part's headers are longer than ${limits.maxHeaderSize} bytes`);
    }
  };

  const handle = async (event: MultipartEvent): Promise<void> => {
    switch (event.name) {
      case 'partBegin':
        started = true;
        inHeaders = true;
        headers = new Map();
        headerField = '';
        headerValue = '';
        headerSize = 0;
        return;
      case 'headerField':
        countHeader(event.data.length);
        headerField += event.data.toString('utf8');
        return;
      case 'headerValue':
        countHeader(event.data.length);
        headerValue += event.data.toString('utf8');
        return;
      case 'headerEnd':
        countHeader(4); // ": " and CRLF
        headers.set(headerField.trim().toLowerCase(), headerValue.trim());
        headerField = '';
        headerValue = '';
        return;
      case 'headersEnd':
        inHeaders = false;
        if (++parts > limits.maxFields)
          throw new MultipartError(`the form has more than ${limits.maxFields} fields`);
        part = partInfo(headers);
        if (part.filename !== undefined) await handler.fileStart(part);
        return;
      case 'partData':
        if (!part) return;
        if (part.filename !== undefined) {
          await handler.fileData(event.data);
          return;
        }
        fieldSize += event.data.length;
        if (fieldSize > limits.maxFieldSize) {
          throw new MultipartError(
            `the form field "${part.name}" is larger than ${limits.maxFieldSize} bytes`,
          );
        }
        fieldChunks.push(event.data);
        return;
      case 'partEnd':
        if (inHeaders) partInfo(headers); // a part cut off in its headers is refused by what it lacks
        if (!part) return;
        if (part.filename !== undefined) await handler.fileEnd();
        else handler.field(part.name, Buffer.concat(fieldChunks).toString('utf8'));
        part = undefined;
        fieldChunks = [];
        fieldSize = 0;
        return;
      case 'end':
        ended = true;
        return;
    }
  };

  for await (const chunk of source) {
    if (ended) continue; // the epilogue is ignored
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    let events: MultipartEvent[];
    try {
      events = tokenizer.write(bytes);
    } catch (error) {
      throw framingError(error, false, inHeaders);
    }
    for (const event of events) await handle(event);
    if (!started) {
      preamble += bytes.length;
      if (preamble > limits.maxHeaderSize)
        throw new MultipartError('no boundary found at the start of the body');
    }
  }
  if (ended) return;
  try {
    // formidable also takes a body that stops right after a delimiter as complete: without the closing
    // `--boundary--` this reader does not
    tokenizer.end();
  } catch (error) {
    throw framingError(error, true, inHeaders);
  }
  throw new MultipartError('the body ended before the closing boundary');
}
