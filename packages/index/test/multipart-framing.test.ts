import { describe, expect, it } from 'vitest';
import { parseMultipart } from '../src/http/multipart';

const LIMITS = { maxFields: 10, maxFieldSize: 1024, maxHeaderSize: 512 };

/** Field names and values of `body` fed in `chunkSize` pieces. */
async function fields(body: string, chunkSize = 3): Promise<Array<[string, string]>> {
  const out: Array<[string, string]> = [];
  const bytes = Buffer.from(body);
  async function* source() {
    for (let i = 0; i < bytes.length; i += chunkSize) yield bytes.subarray(i, i + chunkSize);
  }
  await parseMultipart(source(), 'XyZ', LIMITS, {
    field: (name, value) => out.push([name, value]),
    fileStart: () => undefined,
    fileData: () => undefined,
    fileEnd: () => undefined,
  });
  return out;
}

const PART = 'Content-Disposition: form-data; name="a"\r\n\r\nvalue';

// The framing is formidable's tokenizer (src/http/multipart-events.ts); these pin what this reader adds to it.
describe('multipart framing over the tokenizer', () => {
  it('ignores a preamble before the first boundary (RFC 2046) and an epilogue after the last', async () => {
    expect(await fields(`preamble text\r\n--XyZ\r\n${PART}\r\n--XyZ--\r\nepilogue`)).toEqual([
      ['a', 'value'],
    ]);
  });

  it('refuses a preamble longer than the header limit', async () => {
    await expect(fields(`${'p'.repeat(600)}\r\n--XyZ\r\n${PART}\r\n--XyZ--\r\n`, 100)).rejects.toThrow(
      /no boundary found/,
    );
  });

  it('refuses a body that stops after a delimiter, without the closing "--"', async () => {
    await expect(fields(`--XyZ\r\n${PART}\r\n--XyZ`)).rejects.toThrow(/ended before the closing boundary/);
  });

  it('refuses a header line without a colon', async () => {
    await expect(fields(`--XyZ\r\nContent-Disposition form-data\r\n\r\nv\r\n--XyZ--\r\n`)).rejects.toThrow(
      /malformed header line/,
    );
  });

  it('keeps bytes that begin like the boundary but are not one (the look-behind), in any chunking', async () => {
    for (const size of [1, 2, 5, 64]) {
      const value = '\r\n--Xy\r\n--XyZa\r\n-';
      const body = `--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\n${value}\r\n--XyZ--\r\n`;
      expect(await fields(body, size)).toEqual([['a', value]]);
    }
  });
});
