/** One line of the reliability table: a case of a section, what happened, its figures, and whether it met the goal. */
export interface Row {
  readonly section: string;
  readonly case: string;
  readonly outcome: string;
  readonly figures: string;
  readonly ok: boolean;
}

/** What a section reports: its rows, and every goal it missed (each names the case and what went wrong). */
export interface SectionReport {
  readonly rows: Row[];
  readonly failures: string[];
}

/** How hard the sections work: `test` for `pnpm test`, `bench` for `pnpm bench` (at least 10,000 fuzz runs). */
export interface Scale {
  readonly fuzzRuns: number;
  readonly loadPublishers: number;
  readonly loadFilesEach: number;
}

export const TEST_SCALE: Scale = { fuzzRuns: 300, loadPublishers: 16, loadFilesEach: 50 };
export const BENCH_SCALE: Scale = { fuzzRuns: 10_000, loadPublishers: 16, loadFilesEach: 50 };

/** Collects rows and failures as a section runs. */
export class SectionBuilder {
  readonly rows: Row[] = [];
  readonly failures: string[] = [];

  constructor(private readonly section: string) {}

  /** Adds a row; a row that missed its goal also adds `failure` (or a default naming the case). */
  add(row: Omit<Row, 'section'>, failure?: string): void {
    this.rows.push({ section: this.section, ...row });
    if (!row.ok) this.failures.push(`${this.section} / ${row.case}: ${failure ?? row.outcome}`);
  }

  /** Appends another builder's rows and failures (work that ran beside this one). */
  merge(other: SectionBuilder): void {
    this.rows.push(...other.rows);
    this.failures.push(...other.failures);
  }

  report(): SectionReport {
    return { rows: this.rows, failures: this.failures };
  }
}
