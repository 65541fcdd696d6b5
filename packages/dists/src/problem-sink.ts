import type { Problem, Severity } from './problem';
import { type ArchiveRuleCode, archiveProblem } from './rules/archive-rules';

/** How many problems of one code are reported in full before the rest are summed up. */
const PER_CODE = 20;

/**
 * Collects the problems of one file. A hostile archive can break a rule in every one of 100,000 members;
 * the report names the first few and counts the rest, so it stays readable and small.
 */
export class ProblemSink {
  private readonly list: Problem[] = [];
  private readonly counts = new Map<string, number>();

  constructor(readonly filename: string) {}

  add(code: ArchiveRuleCode, detail: string, severity?: Severity): void {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    if (count <= PER_CODE) this.list.push(archiveProblem(code, this.filename, detail, severity));
  }

  has(code: ArchiveRuleCode): boolean {
    return this.counts.has(code);
  }

  /** The problems, with one closing line per code that overflowed. */
  problems(): Problem[] {
    const result = [...this.list];
    for (const [code, count] of this.counts) {
      if (count <= PER_CODE) continue;
      const first = this.list.find((p) => p.code === code);
      const detail = `${count - PER_CODE} more members break this rule`;
      result.push(archiveProblem(code as ArchiveRuleCode, this.filename, detail, first?.severity));
    }
    return result;
  }
}
