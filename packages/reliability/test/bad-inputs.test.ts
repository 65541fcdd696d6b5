import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from '@pypi-release/testkit';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { metadata, WHEEL, wheelZip, writeOne } from '../src/bad-inputs/fixtures';
import {
  BAD_INPUT_CASES,
  type BadInputCase,
  type CaseVerdict,
  type CorpusIndex,
  catalogProblems,
  checkCase,
  MIN_CASES,
  startCorpusIndex,
} from '../src/bad-inputs/index';

describe('bad input corpus', () => {
  let index: CorpusIndex;
  let root: Awaited<ReturnType<typeof tempDir>>;
  const verdicts = new Map<string, CaseVerdict>();

  // One index for the whole corpus, as the figures table has: no case may upload anything to it.
  beforeAll(async () => {
    root = await tempDir('bad-inputs-');
    index = await startCorpusIndex();
  });
  afterAll(async () => {
    await index?.close();
    await root?.cleanup();
  });

  it(`has at least ${MIN_CASES} cases, a case (or a reason) for every rule, unique ids, known codes`, () => {
    expect(BAD_INPUT_CASES.length).toBeGreaterThanOrEqual(MIN_CASES);
    expect(catalogProblems(BAD_INPUT_CASES)).toEqual([]);
  });

  it.each(BAD_INPUT_CASES.map((c, n) => ({ ...c, n })))('$id ($code): $attack', async (testCase) => {
    const dir = join(root.path, String(testCase.n));
    await mkdir(dir);
    const verdict = await checkCase(testCase, index, dir);
    verdicts.set(testCase.id, verdict);
    expect(verdict.failure).toBeUndefined();
    expect(verdict.ok).toBe(true);
    expect(verdict.uploads).toBe(0);
    expect(verdict.figures).toMatch(/^0 uploads/);
  });

  it('sent no upload request to the index over the whole corpus', () => {
    expect(verdicts.size).toBe(BAD_INPUT_CASES.length);
    expect([...verdicts.values()].reduce((sum, v) => sum + v.uploads, 0)).toBe(0);
  });
});

describe('the per-case checker', () => {
  let index: CorpusIndex;
  let root: Awaited<ReturnType<typeof tempDir>>;

  // A fresh index per test: some of these cases really upload.
  beforeEach(async () => {
    root = await tempDir('bad-inputs-harness-');
    index = await startCorpusIndex();
  });
  afterEach(async () => {
    await index?.close();
    await root?.cleanup();
  });

  async function run(testCase: BadInputCase) {
    const dir = join(root.path, testCase.id);
    await mkdir(dir);
    return checkCase(testCase, index, dir);
  }

  it('reports a valid wheel given as a case as a failure, and sees its upload', async () => {
    const valid: BadInputCase = {
      id: 'valid-wheel',
      attack: 'nothing: a valid wheel',
      code: 'zip-comment',
      build: (dir) => writeOne(dir, WHEEL, wheelZip()),
    };
    const verdict = await run(valid);
    expect(verdict.ok).toBe(false);
    expect(verdict.failure).toContain('expected zip-comment (error)');
    expect(verdict.failure).toContain('reported no problem at all');
    expect(verdict.failure).toContain('publish went through');
    expect(verdict.failure).toContain('1 upload request(s) reached the index');
    expect(verdict.failure).toMatch(/the index holds 1 file\(s\), \d+ on disk/);
    expect(verdict.uploads).toBe(1);
  });

  it('reports a case whose file breaks another rule than the one it expects', async () => {
    const wrong: BadInputCase = {
      id: 'wrong-code',
      attack: 'a zip comment, expected as trailing data',
      code: 'zip-trailing-data',
      build: (dir) => writeOne(dir, WHEEL, wheelZip({}, { comment: 'x' })),
    };
    const verdict = await run(wrong);
    expect(verdict.ok).toBe(false);
    expect(verdict.failure).toContain('expected zip-trailing-data (error): reported zip-comment (error)');
  });

  it('reports a case that breaks more than the rule it isolates', async () => {
    const noisy: BadInputCase = {
      id: 'noisy',
      attack: 'a zip comment and trailing bytes',
      code: 'zip-comment',
      build: (dir) => writeOne(dir, WHEEL, wheelZip({}, { comment: 'x', trailing: Buffer.from('y') })),
    };
    const verdict = await run(noisy);
    expect(verdict.ok).toBe(false);
    expect(verdict.failure).toContain('also reported zip-trailing-data (error)');
  });

  it('reports a problem whose message does not name the file the case says it must', async () => {
    const elsewhere: BadInputCase = {
      id: 'named-elsewhere',
      attack: 'a zip comment, with the message expected to name another file',
      code: 'zip-comment',
      build: async (dir) => ({
        ...(await writeOne(dir, WHEEL, wheelZip({}, { comment: 'x' }))),
        names: ['other_pkg-1.0-py3-none-any.whl'],
      }),
    };
    const verdict = await run(elsewhere);
    expect(verdict.ok).toBe(false);
    expect(verdict.failure).toContain('the zip-comment message does not name other_pkg-1.0-py3-none-any.whl');
  });

  it('reports a warning expected as an error, and the upload that follows without strict', async () => {
    const lenient: BadInputCase = {
      id: 'warning-as-error',
      attack: 'a wheel without a long description, expected as an error',
      code: 'description-missing',
      build: (dir) => writeOne(dir, 'lenient-1.0-py3-none-any.whl', lenientWheel()),
    };
    const verdict = await run(lenient);
    expect(verdict.ok).toBe(false);
    expect(verdict.failure).toContain(
      'expected description-missing (error): reported description-missing as warning',
    );
    expect(verdict.failure).toContain('publish went through');
    expect(verdict.uploads).toBe(1);
  });
});

/** A wheel of its own project whose only defect is a warning: PyPI, and publish without strict, take it. */
function lenientWheel(): Buffer {
  const name = 'lenient';
  return wheelZip({ name, metadata: metadata({ name, body: null }) });
}
