import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getField, getFields, MAX_HEADERS, parseMetadata } from '../src/metadata';
import { checkMetadata } from '../src/metadata-rules';

const SAMPLE = [
  'Metadata-Version: 2.1',
  'Name: demo',
  'Version: 1.0',
  'Classifier: Programming Language :: Python :: 3',
  'classifier: Topic :: Utilities',
  'Summary: A demo',
  '',
  'Long *description*.',
  '',
].join('\n');

describe('core metadata parser', () => {
  it('reads headers case-insensitively, keeping repeated fields in order', () => {
    const { metadata, problems } = parseMetadata(SAMPLE);
    expect(problems).toEqual([]);
    expect(getField(metadata, 'NAME')).toBe('demo');
    expect(getFields(metadata, 'Classifier')).toEqual([
      'Programming Language :: Python :: 3',
      'Topic :: Utilities',
    ]);
    expect(metadata.fields.has('classifier')).toBe(true);
  });

  it('takes the body after the first blank line as the description', () => {
    expect(parseMetadata(SAMPLE).metadata.description).toBe('Long *description*.\n');
  });

  it('handles CRLF line ends', () => {
    const { metadata } = parseMetadata(SAMPLE.replace(/\n/g, '\r\n'));
    expect(getField(metadata, 'summary')).toBe('A demo');
    expect(metadata.description).toBe('Long *description*.\n');
  });

  it('unfolds continuation lines of ordinary headers', () => {
    const { metadata } = parseMetadata('Name: x\nSummary: one\n  two\n\tthree\n');
    expect(getField(metadata, 'summary')).toBe('one two three');
  });

  it('unfolds a Description header written with 8 spaces or "       |"', () => {
    const eight = parseMetadata('Name: x\nDescription: Title\n        =====\n        \n        Text\n');
    expect(eight.metadata.description).toBe('Title\n=====\n\nText');
    const bar = parseMetadata('Name: x\nDescription: Title\n       |=====\n       |\n       |  indented\n');
    expect(bar.metadata.description).toBe('Title\n=====\n\n  indented');
  });

  it('prefers the body over the Description header', () => {
    const { metadata } = parseMetadata('Name: x\nDescription: header\n\nbody\n');
    expect(metadata.description).toBe('body\n');
  });

  it('has no description when there is neither body nor header', () => {
    expect(parseMetadata('Name: x\n').metadata.description).toBeUndefined();
  });

  it('reports invalid UTF-8 and decodes lossily', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Name: caf'), 0xe9, 0x0a]);
    const { metadata, problems } = parseMetadata(bytes);
    expect(problems.map((p) => p.severity)).toEqual(['error']);
    expect(getField(metadata, 'name')).toBe('caf\uFFFD');
  });

  it('reads UTF-8 bytes', () => {
    const { metadata, problems } = parseMetadata(new TextEncoder().encode('Name: x\nAuthor: Zoë\n'));
    expect(problems).toEqual([]);
    expect(getField(metadata, 'author')).toBe('Zoë');
  });

  it('reports a line that is not a header and moves it to the body', () => {
    const { metadata, problems } = parseMetadata('Name: x\nnot a header\nmore\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(2);
    expect(metadata.description).toBe('not a header\nmore\n');
  });

  it('reports a continuation line before any header', () => {
    expect(parseMetadata('  stray\nName: x\n').problems[0]?.message).toMatch(/continuation/);
  });

  it('caps the number of headers with an issue', () => {
    const text = Array.from({ length: MAX_HEADERS + 5 }, (_, i) => `X-H: ${i}`).join('\n');
    const { metadata, problems } = parseMetadata(text);
    expect(problems.some((p) => p.message.includes('headers'))).toBe(true);
    expect(getFields(metadata, 'x-h')).toHaveLength(MAX_HEADERS);
  });

  it('parses every Metadata-Version from 1.0 to 2.5', () => {
    for (const v of ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5']) {
      expect(getField(parseMetadata(`Metadata-Version: ${v}\nName: x\n`).metadata, 'metadata-version')).toBe(
        v,
      );
    }
  });
});

describe('core metadata parser properties', () => {
  const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/);
  const value = fc.stringMatching(/^[!-~]([ !-~]{0,40}[!-~])?$/);

  it('never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.uint8Array()), (input) => {
        parseMetadata(input);
      }),
    );
  });

  it('round-trips generated headers, folded anywhere between words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(name, fc.array(value, { minLength: 1, maxLength: 3 })), { maxLength: 8 }),
        (headers) => {
          const filtered = headers.filter(([n]) => n.toLowerCase() !== 'description');
          const text = filtered.map(([n, words]) => `${n}: ${words.join('\n ')}`).join('\n');
          const { metadata, problems } = parseMetadata(`${text}\n`);
          expect(problems).toEqual([]);
          const expected = new Map<string, string[]>();
          for (const [n, words] of filtered) {
            const key = n.toLowerCase();
            expected.set(key, [...(expected.get(key) ?? []), words.map((w) => w.trim()).join(' ')]);
          }
          expect(new Map(metadata.fields)).toEqual(expected);
        },
      ),
    );
  });
});

describe('real metadata (Debian wheels in /usr/share/python-wheels)', () => {
  const dir = '/usr/share/python-wheels';
  const wheels = readdirSync(dir).filter((f) => f.endsWith('.whl'));

  it.each(wheels)('%s parses and passes with no errors', (wheel) => {
    const [name = '', version = ''] = wheel.split('-');
    const text = execFileSync('unzip', ['-p', `${dir}/${wheel}`, `${name}-${version}.dist-info/METADATA`]);
    const { metadata, problems } = parseMetadata(new Uint8Array(text));
    expect(problems).toEqual([]);
    expect(getField(metadata, 'name')).toBe(name);
    // No warnings either: License-File in 2.1 metadata is exempt (setuptools wrote it before 2.4 existed).
    expect(checkMetadata(metadata, wheel, { expectedName: name, expectedVersion: version })).toEqual([]);
  });
});
