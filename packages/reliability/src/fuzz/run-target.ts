import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { judge, settle, type Verdict } from './settle';
import { clip } from './show';
import type { FuzzTarget } from './target';

export interface RunTargetOptions {
  /** Generated inputs (shrinking comes on top). */
  readonly runs: number;
  readonly seed: number;
  /** Longest time one input may take; past it the input is a hang. */
  readonly boundMs: number;
  /** fast-check's counterexample path, to replay one failing input directly. */
  readonly path?: string;
  /** Time allowed for shrinking once an input failed (a slow input makes each shrink step slow). */
  readonly shrinkBudgetMs?: number;
}

export interface TargetFailure {
  /** What went wrong with the shrunk input: `crash: TypeError: …`, `hang: …`, `unhandled rejection: …`. */
  readonly problem: string;
  readonly counterexample: string;
  readonly seed: number;
  readonly path: string;
}

export interface TargetResult {
  /** Duration of every generated input, in order (shrink attempts are not counted). */
  readonly durations: number[];
  readonly failure: TargetFailure | undefined;
}

class FuzzFailure extends Error {
  override readonly name = 'FuzzFailure';
}

/**
 * Feeds `runs` generated inputs to a target, one at a time, timing each. An input fails when the call throws
 * anything but the target's typed errors, leaves an unhandled rejection or uncaught exception behind, or takes
 * longer than the bound (an async call is abandoned at the bound, so a real hang is caught too).
 */
export async function runTarget<T>(target: FuzzTarget<T>, options: RunTargetOptions): Promise<TargetResult> {
  const durations: number[] = [];
  const stray: unknown[] = [];
  const onStray = (error: unknown): void => {
    stray.push(error);
  };
  let shrinkDeadline: number | undefined;
  const session = await target.open();
  process.on('unhandledRejection', onStray);
  process.on('uncaughtException', onStray);
  try {
    const property = fc.asyncProperty(target.input, async (input) => {
      // Past the budget every shrink attempt passes, which ends shrinking with the smallest failure so far.
      if (shrinkDeadline !== undefined && performance.now() > shrinkDeadline) return;
      stray.length = 0;
      const start = performance.now();
      const verdict: Verdict = await settle(() => session.call(input), options.boundMs);
      const ms = performance.now() - start;
      await new Promise<void>((resolve) => setImmediate(resolve)); // lets a stray rejection surface
      if (shrinkDeadline === undefined) durations.push(ms);
      const problem = judge(verdict, ms, options.boundMs, target.typedErrors, stray);
      if (problem === undefined) return;
      shrinkDeadline ??= performance.now() + (options.shrinkBudgetMs ?? 15_000);
      throw new FuzzFailure(problem);
    });
    const details = await fc.check(property, {
      numRuns: options.runs,
      seed: options.seed,
      ...(options.path === undefined ? {} : { path: options.path }),
    });
    if (!details.failed) return { durations, failure: undefined };
    const error = details.errorInstance;
    return {
      durations,
      failure: {
        problem: error instanceof FuzzFailure ? error.message : `fast-check: ${clip(String(error), 300)}`,
        counterexample: details.counterexample ? target.show(details.counterexample[0]) : '(none)',
        seed: details.seed,
        path: details.counterexamplePath ?? '',
      },
    };
  } finally {
    process.off('unhandledRejection', onStray);
    process.off('uncaughtException', onStray);
    await session.close();
  }
}
