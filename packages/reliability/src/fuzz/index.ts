import { SectionBuilder, type SectionReport } from '../section';
import { tarTarget, zipTarget } from './archive-targets';
import { sdistFilenameTarget, wheelFilenameTarget } from './filename-targets';
import { metadataTarget } from './metadata-target';
import { type RunTargetOptions, runTarget, type TargetResult } from './run-target';
import { describeError } from './settle';
import type { FuzzTarget } from './target';
import { addTargetRow } from './target-row';

export { type RunTargetOptions, runTarget, type TargetFailure, type TargetResult } from './run-target';
export type { ErrorClass, FuzzSession, FuzzTarget } from './target';
export { addTargetRow, timings } from './target-row';

/**
 * Longest time one input may take. The slowest generated inputs take tens of milliseconds (see the row's
 * max); 2 s leaves a wide margin for a loaded machine while still catching super-linear work.
 */
export const BOUND_MS = 2_000;

/** A fuzz target with its input type hidden, so that targets of every type sit in one list. */
export interface FuzzEntry {
  readonly name: string;
  run(options: RunTargetOptions): Promise<TargetResult>;
}

const entry = <T>(target: FuzzTarget<T>): FuzzEntry => ({
  name: target.name,
  run: (options) => runTarget(target, options),
});

/** Every fuzz target, in row order. */
export const FUZZ_TARGETS: readonly FuzzEntry[] = [
  entry(metadataTarget),
  entry(wheelFilenameTarget),
  entry(sdistFilenameTarget),
  entry(zipTarget),
  entry(tarTarget),
];

/** Generated inputs per target in `pnpm test`; `pnpm bench` fuzzes 10,000. */
export const TEST_FUZZ_RUNS = 300;

/**
 * The fuzzing rows of the `pnpm bench` figures table: `runs` generated inputs per target, one row per target
 * (`pnpm test` runs each target as a test of its own). Without a seed one is drawn at random (and named in any
 * failure, so that it reproduces).
 */
export async function runFuzzing(options: { runs: number; seed?: number }): Promise<SectionReport> {
  const section = new SectionBuilder('fuzzing');
  const seed = options.seed ?? Math.floor(Math.random() * 0x7fffffff);
  for (const target of FUZZ_TARGETS) {
    try {
      const result = await target.run({ runs: options.runs, seed, boundMs: BOUND_MS });
      addTargetRow(section, target.name, result, BOUND_MS);
    } catch (error) {
      // A fault of the harness itself (a generator, the loopback server): the row says so, the section goes on.
      const outcome = `harness error: ${describeError(error)}`;
      section.add({ case: target.name, outcome, figures: '-', ok: false }, `${outcome} (seed ${seed})`);
    }
  }
  return section.report();
}
