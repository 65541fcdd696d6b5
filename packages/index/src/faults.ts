import type { FaultSpec } from './config';

/** What the upload handler does to an upload that a fault matched. */
export type FaultKind = FaultSpec['kind'];

/** The HTTP status of each `status-*` fault. */
export const FAULT_STATUS: Partial<Record<FaultKind, { status: number; reason: string }>> = {
  'status-500': { status: 500, reason: 'Internal Server Error' },
  'status-502': { status: 502, reason: 'Bad Gateway' },
  'status-503': { status: 503, reason: 'Service Unavailable' },
  'status-429': { status: 429, reason: 'Too Many Requests' },
};

/** The Retry-After header a status fault sends, in seconds, or undefined for none. */
export function faultRetryAfter(fault: ActiveFault): number | undefined {
  if (fault.retryAfter === null) return undefined;
  return fault.retryAfter ?? (fault.kind === 'status-429' ? 1 : undefined);
}

export interface ActiveFault {
  readonly kind: FaultKind;
  readonly filename: string | undefined;
  readonly retryAfter: number | null | undefined;
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
