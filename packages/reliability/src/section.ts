/**
 * One figure of the reliability table that `pnpm bench` prints: a case of a section, what happened, its figures,
 * and whether it met the goal. `pnpm test` asserts the same judgement per case (a missed goal fails the test with
 * the failure line).
 */
export interface Row {
  readonly section: string;
  readonly case: string;
  readonly outcome: string;
  readonly figures: string;
  readonly ok: boolean;
}

/** What a section (or one case of it) reports: its rows, and every goal missed (each names the case and why). */
export interface SectionReport {
  readonly rows: Row[];
  readonly failures: string[];
}

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

  report(): SectionReport {
    return { rows: this.rows, failures: this.failures };
  }
}
