import { buildZip, makeTempDir, wheelMembers } from '@pypi-release/testkit';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEntryPoints } from '../src/entry-points';
import { DistsError } from '../src/errors';
import { parseCsv, parseRecord } from '../src/record-file';
import { inspectWheel } from '../src/wheel-contents';
import { parseWheelFile } from '../src/wheel-file';

describe('WHEEL parser', () => {
  it('reads keys case-insensitively and keeps repeated tags', () => {
    const parsed = parseWheelFile(
      'Wheel-Version: 1.0\nRoot-Is-Purelib: false\nTag: py3-none-any\nTag: py2-none-any\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.fields.get('tag')).toEqual(['py3-none-any', 'py2-none-any']);
  });

  it('reads 100,000 repeated tags in linear time (fuzzing found a quadratic copy per repeated key)', () => {
    const text = `Wheel-Version: 1.0\nRoot-Is-Purelib: true\n${'Tag: py3-none-any\n'.repeat(100_000)}`;
    const start = performance.now();
    const parsed = parseWheelFile(text);
    // Quadratic, this took hours (40,000 tags took 7 s); linear, it takes tens of milliseconds.
    expect(performance.now() - start).toBeLessThan(2_000);
    expect(parsed.fields.get('tag')).toHaveLength(100_000);
  });

  it('reads a value with 99,000 inner spaces in linear time (found by fuzzing)', () => {
    const start = performance.now();
    const parsed = parseWheelFile(
      `Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: a${' '.repeat(99_000)}b  \n`,
    );
    // `(.*?)\s*$` backtracked through the spaces: this took 5 s.
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(parsed.fields.get('tag')).toEqual([`a${' '.repeat(99_000)}b`]);
    expect(parseWheelFile('Tag:\t py3 \rx\n').errors[0]).toBe('line 1 is not a `Key: value` line');
  });

  it('refuses Wheel-Version 2.0 and lines without a colon', () => {
    expect(parseWheelFile('Wheel-Version: 2.0\nRoot-Is-Purelib: true\n').errors).toHaveLength(1);
    expect(parseWheelFile('Wheel-Version: 1.0\nRoot-Is-Purelib: true\ngarbage\n').errors).toHaveLength(1);
  });

  it('round-trips any key/value lines', () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,10}$/);
    const value = fc.stringMatching(/^[!-~]([ -~]{0,20}[!-~])?$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(key, value)), (pairs) => {
        const text = pairs.map(([k, v]) => `${k}: ${v}`).join('\n');
        const parsed = parseWheelFile(text);
        for (const [k, v] of pairs) expect(parsed.fields.get(k.toLowerCase())).toContain(v);
      }),
    );
  });
});

describe('RECORD parser', () => {
  it('reads quoted paths with commas and quotes', () => {
    const record = parseRecord('"a,b.py",sha256=AbC-_1,12\r\n"say ""hi"".txt",,\n');
    expect(record.errors).toEqual([]);
    expect(record.rows.map((r) => r.path)).toEqual(['a,b.py', 'say "hi".txt']);
  });

  it('refuses md5 hashes and non-numeric sizes', () => {
    expect(parseRecord('a.py,md5=abc,1\n').errors).toHaveLength(1);
    expect(parseRecord('a.py,sha256=abc,ten\n').errors).toHaveLength(1);
  });

  it('round-trips rows written the way Python csv writes them', () => {
    const field = fc.string({ maxLength: 12 }).filter((s) => !s.includes('\r') && !s.includes('\n'));
    fc.assert(
      fc.property(fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 8 }), (rows) => {
        const quote = (s: string) => (/[",]/.test(s) || s === '' ? `"${s.replaceAll('"', '""')}"` : s);
        const text = rows.map((row) => `${row.map(quote).join(',')}\r\n`).join('');
        expect(parseCsv(text).records).toEqual(rows);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (text) => void parseRecord(text)));
  });

  it('reads malformed text the way a character-at-a-time reading of the same rules does', () => {
    const text = fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', 'a', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => {
        expect(parseCsv(t)).toEqual(csvOneCharAtATime(t));
      }),
      { numRuns: 5000 },
    );
  });
});

/** The reference: the same CSV rules, one character at a time (the parser before it took fields as slices). */
function csvOneCharAtATime(text: string): { records: string[][]; error?: string } {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      fields.push(field);
      records.push(fields);
      fields = [];
      field = '';
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
  }
  if (quoted) return { records, error: 'a quoted field is not closed' };
  if (field !== '' || fields.length > 0) records.push([...fields, field]);
  return { records };
}

describe('entry points parser', () => {
  it('accepts groups with references and extras', () => {
    const parsed = parseEntryPoints(
      '[console_scripts]\ndemo = pkg.cli:main [color]\n\n[pkg.plugins]\nx = pkg.x\n',
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.groups.get('console_scripts')?.get('demo')).toBe('pkg.cli:main [color]');
  });

  it('refuses what configparser refuses: entries before any section, duplicate sections and names', () => {
    expect(parseEntryPoints('demo = pkg:main\n').errors).toHaveLength(1);
    expect(parseEntryPoints('[a]\n[a]\n').errors).toHaveLength(1);
    expect(parseEntryPoints('[a]\nx = m:f\nx = m:g\n').errors).toHaveLength(1);
  });

  it('refuses console and GUI script names outside [\\w.-]+ (Warehouse _ENTRY_POINT_NAME_RE)', () => {
    expect(parseEntryPoints('[console_scripts]\nbin/demo = pkg:main\n').errors).toHaveLength(1);
    expect(parseEntryPoints('[gui_scripts]\nde mo = pkg:main\n').errors).toHaveLength(1);
    expect(parseEntryPoints('[other.group]\nde mo = pkg:main\n').errors).toEqual([]);
  });

  it('keeps value syntax, which PyPI does not check but pip needs, apart', () => {
    const parsed = parseEntryPoints('[a]\ndemo = 1pkg:main\n');
    expect(parsed.errors).toEqual([]);
    expect(parsed.installErrors).toHaveLength(1);
  });

  it('accepts every well-formed file and never throws on arbitrary text', () => {
    const ident = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/);
    const entry = fc.tuple(fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/), ident, ident);
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e[0] }), (entries) => {
        const text = `[console_scripts]\n${entries.map(([n, m, a]) => `${n} = ${m}:${a}`).join('\n')}\n`;
        expect(parseEntryPoints(text).errors).toEqual([]);
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseEntryPoints(text)));
  });
});

describe('zip reader on hostile bytes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  beforeAll(async () => {
    temp = await makeTempDir();
  });
  afterAll(async () => {
    await temp.cleanup();
  });

  it('never throws on random bytes or random corruptions of a wheel', async () => {
    const wheel = buildZip(wheelMembers());
    let n = 0;
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
      fc
        .array(fc.tuple(fc.nat(wheel.length - 1), fc.nat(255)), { minLength: 1, maxLength: 8 })
        .map((edits) => {
          const copy = Buffer.from(wheel);
          for (const [at, value] of edits) copy[at] = value;
          return copy;
        }),
      fc.nat(wheel.length).map((cut) => wheel.subarray(0, cut)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (data) => {
        n += 1;
        const path = await temp.write(`r${n}.whl`, data);
        try {
          const contents = await inspectWheel(path, 'r.whl', { name: 'demo_pkg', version: '1.0' });
          expect(Array.isArray(contents.problems)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(DistsError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
