import type { Severity } from '@pypi-release/dists';

/** What a case wrote: the inputs the check and the publish get, and the names its problem must mention. */
export interface Written {
  readonly paths: readonly string[];
  /** The filenames the problem's message must name; default: the last segment of every path. */
  readonly names?: readonly string[];
}

/** One crafted bad distribution (or set of them) and the rule that must refuse it. */
export interface BadInputCase {
  /** Kebab-case, unique: the row of the table. */
  readonly id: string;
  /** What the input attacks or gets wrong, in a few words. */
  readonly attack: string;
  /** The rule code the check must report. */
  readonly code: string;
  /**
   * Default `error`. A `warning` case is published with `strict` (PyPI itself would take the file); a `notice`
   * never fails a release, so such a case must bring an error along (`alongside`).
   */
  readonly severity?: Severity;
  /** Other codes the fault cannot help breaking too (an unparseable version breaks two rules); nothing else may show. */
  readonly alongside?: readonly string[];
  /** Writes the input into `dir` (an empty folder of its own). */
  build(dir: string): Promise<Written>;
}
