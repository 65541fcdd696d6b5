import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOUND_MS, FUZZ_TARGETS, type FuzzTarget, runTarget, TEST_FUZZ_RUNS } from '../src/fuzz/index';
import { judge } from '../src/fuzz/settle';
import { addTargetRow } from '../src/fuzz/target-row';
import { SectionBuilder } from '../src/section';

/** A target over integers whose call is `call`; RangeError is its typed error. */
function intTarget(call: (n: number) => unknown): FuzzTarget<number> {
  return {
    name: 'toy',
    input: fc.integer({ min: 0, max: 100_000 }),
    typedErrors: [RangeError],
    show: (n) => String(n),
    open: async () => ({ call, close: async () => undefined }),
  };
}

const options = { runs: 200, seed: 42, boundMs: 100, shrinkBudgetMs: 5_000 };

describe('fuzzing', () => {
  // One seed for every target, drawn at random and named in any failure line (with the path), so it replays.
  const seed = Math.floor(Math.random() * 0x7fffffff);

  it('fuzzes the metadata parser, both filename parsers and both archive readers', () => {
    expect(FUZZ_TARGETS).toHaveLength(5);
  });

  it.each(FUZZ_TARGETS)(
    `$name: no crash, no hang in ${TEST_FUZZ_RUNS} generated inputs`,
    async (target) => {
      const result = await target.run({ runs: TEST_FUZZ_RUNS, seed, boundMs: BOUND_MS });
      const section = new SectionBuilder('fuzzing');
      addTargetRow(section, target.name, result, BOUND_MS);
      expect(section.failures).toEqual([]);
      expect(result.durations).toHaveLength(TEST_FUZZ_RUNS);
    },
    120_000,
  );
});

describe('fuzz harness', () => {
  it('reports a crash with the shrunk counterexample, its seed and path', async () => {
    const crashing = intTarget((n) => {
      if (n >= 1000) throw new TypeError('boom');
      return n;
    });
    const result = await runTarget(crashing, options);
    expect(result.failure?.problem).toMatch(/^crash: TypeError: boom/);
    expect(result.failure?.counterexample).toBe('1000');
    expect(result.failure?.seed).toBe(42);
    expect(result.failure?.path).not.toBe('');
  });

  it('replays the same counterexample from the same seed', async () => {
    const crashing = intTarget((n) => {
      if (n % 7 === 3 && n > 50) throw new Error('odd one');
    });
    const first = await runTarget(crashing, options);
    const second = await runTarget(crashing, options);
    expect(first.failure?.counterexample).toBeDefined();
    expect(second.failure).toEqual(first.failure);
  });

  it('accepts the typed error as a clean refusal', async () => {
    const refusing = intTarget((n) => {
      if (n % 2 === 1) throw new RangeError('refused');
    });
    const result = await runTarget(refusing, options);
    expect(result.failure).toBeUndefined();
    expect(result.durations).toHaveLength(200);
  });

  it('reports an async call that never settles as a hang', async () => {
    const hanging = intTarget((n) => (n > 10 ? new Promise(() => undefined) : Promise.resolve(n)));
    const result = await runTarget(hanging, { ...options, runs: 20 });
    expect(result.failure?.problem).toBe('hang: no answer within 100 ms');
    expect(result.failure?.counterexample).toBe('11');
  });

  it('reports a synchronous call slower than the bound as a hang', async () => {
    const slow = intTarget((n) => {
      const until = performance.now() + (n > 10 ? 150 : 0);
      while (performance.now() < until) {
        // busy: a synchronous call cannot be interrupted, only timed
      }
    });
    const result = await runTarget(slow, { ...options, runs: 20 });
    expect(result.failure?.problem).toMatch(/^hang: took \d+ ms, over the 100 ms bound$/);
  });

  it('counts a stray rejection left by a call as a failure', () => {
    const problem = judge({ kind: 'returned' }, 1, 100, [], [new Error('nobody awaited me')]);
    expect(problem).toMatch(/^unhandled rejection or uncaught exception: Error: nobody awaited me/);
  });

  it('turns a failure into a missed row naming the counterexample and how to replay it', async () => {
    const result = await runTarget(
      intTarget((n) => {
        if (n > 5) throw new TypeError('boom');
      }),
      options,
    );
    const section = new SectionBuilder('fuzzing');
    addTargetRow(section, 'toy', result, 100);
    expect(section.rows[0]?.ok).toBe(false);
    expect(section.rows[0]?.outcome).toMatch(/^crash: TypeError: boom/);
    expect(section.failures[0]).toMatch(/counterexample: 6; reproduce with seed 42, path "[\d:]+"$/);
  });
});
