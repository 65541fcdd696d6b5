import MultipartParser from 'formidable/src/parsers/Multipart.js';

/**
 * formidable's streaming multipart/form-data tokenizer (RFC 7578), driven synchronously: the boundary search
 * (Boyer-Moore-Horspool with a look-behind for false leads) and the header and part framing are formidable's;
 * what the parts mean, and every limit, is ours (`./multipart`). Each chunk written yields its events at once,
 * with their bytes copied (formidable reuses its look-behind buffer), so the caller can await between chunks.
 */
export type MultipartEvent =
  | { readonly name: 'partBegin' | 'headerEnd' | 'headersEnd' | 'partEnd' | 'end' }
  | { readonly name: 'headerField' | 'headerValue' | 'partData'; readonly data: Buffer };

interface RawEvent {
  readonly name: string;
  readonly buffer?: Buffer;
  readonly start?: number;
  readonly end?: number;
}

interface Tokenizer {
  initWithBoundary(boundary: string): void;
  push(event: RawEvent | null): boolean;
  _transform(chunk: Buffer, encoding: string, done: (error?: Error | null) => void): void;
  _flush(done: (error?: Error | null) => void): void;
}

export class MultipartTokenizer {
  private readonly parser: Tokenizer;
  private events: MultipartEvent[] = [];
  /** The chunk being tokenized: its bytes are kept as they are, only the look-behind's are copied. */
  private chunk: Buffer | undefined;

  constructor(boundary: string) {
    this.parser = new (MultipartParser as unknown as new () => Tokenizer)();
    this.parser.initWithBoundary(boundary);
    this.parser.push = (event) => {
      if (event) this.events.push(toEvent(event, this.chunk));
      return true;
    };
  }

  /** The events of `chunk`; throws formidable's error when the bytes break the framing. */
  write(chunk: Buffer): MultipartEvent[] {
    this.chunk = chunk;
    try {
      this.run((done) => this.parser._transform(chunk, 'buffer', done));
    } finally {
      this.chunk = undefined;
    }
    return this.take();
  }

  /** The events of the body's end; throws when the body ended before the closing boundary. */
  end(): MultipartEvent[] {
    this.run((done) => this.parser._flush(done));
    return this.take();
  }

  private run(step: (done: (error?: Error | null) => void) => void): void {
    let failure: Error | undefined;
    let called = false;
    step((error) => {
      called = true;
      if (error) failure = error;
    });
    if (!called) throw new Error('formidable did not finish a chunk synchronously');
    if (failure) throw failure;
  }

  private take(): MultipartEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}

function toEvent(raw: RawEvent, chunk: Buffer | undefined): MultipartEvent {
  switch (raw.name) {
    case 'headerField':
    case 'headerValue':
    case 'partData': {
      const bytes = (raw.buffer ?? Buffer.alloc(0)).subarray(raw.start, raw.end);
      return { name: raw.name, data: raw.buffer === chunk ? bytes : Buffer.from(bytes) };
    }
    case 'partBegin':
    case 'headerEnd':
    case 'headersEnd':
    case 'partEnd':
    case 'end':
      return { name: raw.name };
    default:
      throw new Error(`formidable emitted an unknown event "${raw.name}"`);
  }
}
