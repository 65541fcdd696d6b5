import type { Expectations } from './run-corpus';
import type { VisibleWheel } from './wheelhouse';

/** The quick run's deterministic sample: every QUICK_STRIDE-th wheel (in filename order) up to this size… */
export const QUICK_MAX_BYTES = 1024 * 1024;
export const QUICK_STRIDE = 4;
/** …plus every wheel of the expectations table up to this size (the 190 MB torch+cpu wheel is left out). */
export const QUICK_MAX_EXPECTED_BYTES = 64 * 1024 * 1024;

export function quickSample(wheels: readonly VisibleWheel[], expectations: Expectations): VisibleWheel[] {
  const small = wheels.filter((w) => w.size <= QUICK_MAX_BYTES);
  const every = new Set(small.filter((_, k) => k % QUICK_STRIDE === 0));
  return wheels.filter(
    (w) =>
      every.has(w) || (expectations.files[w.filename] !== undefined && w.size <= QUICK_MAX_EXPECTED_BYTES),
  );
}
