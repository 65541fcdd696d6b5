import type { FaultSpec } from './config';

/** What the upload handler does to an upload that a fault matched. */
export type FaultKind = FaultSpec['kind'];

export interface ActiveFault {
  readonly kind: FaultKind;
  readonly filename: string | undefined;
  readonly retryAfter: number | undefined;
  /** Uploads still to be hit. */
  remaining: number;
  /** Uploads hit so far. */
  hits: number;
}

/**
 * Fault injection for tests (config `faults`, or `POST /_admin/faults`): each fault hits the next `count` uploads
 * whose filename matches its pattern, in the order the faults were added.
 */
export class FaultInjector {
  private readonly faults: ActiveFault[] = [];

  constructor(initial: readonly FaultSpec[] = []) {
    for (const spec of initial) this.add(spec);
  }

  add(spec: FaultSpec): void {
    if (spec.filename !== undefined) new RegExp(spec.filename); // throws on a bad pattern, before it is stored
    this.faults.push({
      kind: spec.kind,
      filename: spec.filename,
      retryAfter: spec.retryAfter,
      remaining: spec.count,
      hits: 0,
    });
  }

  clear(): void {
    this.faults.length = 0;
  }

  list(): readonly ActiveFault[] {
    return this.faults;
  }

  /** The fault for an upload of `filename` (counted), or undefined. */
  take(filename: string): ActiveFault | undefined {
    const fault = this.faults.find(
      (f) => f.remaining > 0 && (f.filename === undefined || new RegExp(f.filename).test(filename)),
    );
    if (!fault) return undefined;
    fault.remaining--;
    fault.hits++;
    return fault;
  }
}
