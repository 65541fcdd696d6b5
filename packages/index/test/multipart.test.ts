import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryOf, MultipartError, type PartInfo, parseMultipart } from '../src/http/multipart';

const LIMITS = { maxFields: 10, maxFieldSize: 1024, maxHeaderSize: 512 };

interface Parsed {
  fields: Array<[string, string]>;
  files: Array<{ part: PartInfo; data: Buffer }>;
}

async function parse(body: Buffer, chunkSize: number, boundary = 'XyZ', limits = LIMITS): Promise<Parsed> {
  const out: Parsed = { fields: [], files: [] };
  let current: { part: PartInfo; chunks: Buffer[] } | undefined;
  async function* source() {
    for (let i = 0; i < body.length; i += chunkSize) yield body.subarray(i, i + chunkSize);
  }
  await parseMultipart(source(), boundary, limits, {
    field: (name, value) => out.fields.push([name, value]),
    fileStart: (part) => {
      current = { part, chunks: [] };
    },
    fileData: (chunk) => {
      current?.chunks.push(Buffer.from(chunk));
    },
    fileEnd: () => {
      if (current) out.files.push({ part: current.part, data: Buffer.concat(current.chunks) });
    },
  });
  return out;
}

function body(parts: string[], boundary = 'XyZ'): Buffer {
  return Buffer.from(`${parts.map((p) => `--${boundary}\r\n${p}\r\n`).join('')}--${boundary}--\r\n`);
}

describe('multipart/form-data parser (PYPI.md §2: the upload form)', () => {
  it('reads fields, repeated keys and a file part, whatever the chunking', async () => {
    const data = body([
      'Content-Disposition: form-data; name="name"\r\n\r\ndemo',
      'Content-Disposition: form-data; name="classifiers"\r\n\r\nA :: B',
      'Content-Disposition: form-data; name="classifiers"\r\n\r\nC :: D',
      'Content-Disposition: form-data; name="content"; filename="demo-1.0.tar.gz"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n--Xy not a boundary\r\n--X',
    ]);
    for (const size of [1, 2, 3, 7, 64, data.length]) {
      const parsed = await parse(data, size);
      expect(parsed.fields).toEqual([
        ['name', 'demo'],
        ['classifiers', 'A :: B'],
        ['classifiers', 'C :: D'],
      ]);
      expect(parsed.files).toHaveLength(1);
      expect(parsed.files[0]?.part).toEqual({
        name: 'content',
        filename: 'demo-1.0.tar.gz',
        contentType: 'application/octet-stream',
      });
      expect(parsed.files[0]?.data.toString()).toBe('\r\n--Xy not a boundary\r\n--X');
    }
  });

  it('round-trips arbitrary file bytes split at arbitrary points (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 300 }),
        fc.integer({ min: 1, max: 50 }),
        async (bytes, chunk) => {
          const data = Buffer.concat([
            Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="content"; filename="f"\r\n\r\n'),
            Buffer.from(bytes),
            Buffer.from('\r\n--XyZ--\r\n'),
          ]);
          const parsed = await parse(data, chunk);
          expect(parsed.files[0]?.data.equals(Buffer.from(bytes))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('unescapes quoted filenames, so a backslash in a name is seen', async () => {
    const parsed = await parse(
      body(['Content-Disposition: form-data; name="content"; filename="a\\\\b.whl"\r\n\r\nx']),
      5,
    );
    expect(parsed.files[0]?.part.filename).toBe('a\\b.whl');
  });

  it('refuses more fields than allowed', async () => {
    const many = Array.from(
      { length: 11 },
      (_, i) => `Content-Disposition: form-data; name="f${i}"\r\n\r\nv`,
    );
    await expect(parse(body(many), 100)).rejects.toThrow(/more than 10 fields/);
  });

  it('refuses a field larger than allowed, without buffering past the limit', async () => {
    const big = `Content-Disposition: form-data; name="description"\r\n\r\n${'x'.repeat(2000)}`;
    await expect(parse(body([big]), 100)).rejects.toThrow(MultipartError);
  });

  it('refuses an over-long part header block', async () => {
    const long = `Content-Disposition: form-data; name="a"\r\nX-Long: ${'y'.repeat(1000)}\r\n\r\nv`;
    await expect(parse(body([long]), 64)).rejects.toThrow(/headers are longer/);
  });

  it('refuses a body cut before the closing boundary', async () => {
    const cut = Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue');
    await expect(parse(cut, 8)).rejects.toThrow(/ended before/);
  });

  it('refuses a part without a form-data disposition', async () => {
    await expect(parse(body(['Content-Type: text/plain\r\n\r\nv']), 8)).rejects.toThrow(
      /Content-Disposition/,
    );
  });

  it('finds the boundary of a multipart/form-data content type only', () => {
    expect(boundaryOf('multipart/form-data; boundary=abc')).toBe('abc');
    expect(boundaryOf('multipart/form-data; boundary="a b"')).toBe('a b');
    expect(boundaryOf('application/json')).toBeUndefined();
    expect(boundaryOf(undefined)).toBeUndefined();
  });
});
