import { STATUS_CODES } from 'node:http';
import * as z from '@pypi-release/zod';
import { SigstoreLocalError } from './errors';

/** The two services of the local Sigstore; each has its own fault queue and request count. */
export type SigstoreService = 'fulcio' | 'rekor';

const count = z._default(
  z.custom<number>(
    (n) => n === Number.POSITIVE_INFINITY || (Number.isInteger(n) && (n as number) > 0),
    'count must be a positive integer or Infinity (every request)',
  ),
  1,
);

/**
 * What the next request(s) of a service get instead of the normal answer:
 * - `status`: that HTTP status with a `{code, message}` JSON body (nothing issued or logged), as an overloaded
 *   service or its load balancer answers; `retryAfter` seconds in a `Retry-After` header if given;
 * - `reset`: the connection is destroyed as soon as the request arrives (no answer, nothing issued or logged);
 * - `stall`: no answer for `ms` milliseconds; then, if the client is still waiting, the request is served
 *   normally (a slow answer); if it gave up, the request is dropped unserved;
 * - `drop-after-handle`: the request is served (certificate issued, entry logged), then the connection is
 *   destroyed instead of answering: the answer is lost on the way back.
 * `count` is how many requests of the service it hits (default 1; `Infinity`: every request until cleared).
 */
export const sigstoreFaultSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('status'),
    status: z.number().check(z.int(), z.gte(400), z.lte(599)),
    retryAfter: z.optional(z.number().check(z.int(), z.nonnegative())),
    count,
  }),
  z.strictObject({ kind: z.literal('reset'), count }),
  z.strictObject({ kind: z.literal('stall'), ms: z.number().check(z.int(), z.positive()), count }),
  z.strictObject({ kind: z.literal('drop-after-handle'), count }),
]);

export type SigstoreFault = z.input<typeof sigstoreFaultSchema>;
/** A fault as queued, its defaults filled in. */
export type InjectedFault = z.output<typeof sigstoreFaultSchema>;

export interface ActiveFault {
  readonly service: SigstoreService;
  readonly fault: InjectedFault;
  /** Requests still to be hit. */
  remaining: number;
  /** Requests hit so far. */
  hits: number;
}

/** The body a status fault answers with, shaped as Fulcio's and Rekor's own errors (`{code, message}`). */
export function faultBody(status: number): { code: number; message: string } {
  return { code: status, message: STATUS_CODES[status] ?? `HTTP ${status}` };
}

/**
 * Fault injection for tests: each fault hits the next `count` requests of its service, in the order the faults
 * were added. Without faults the services behave exactly as without this class.
 */
export class SigstoreFaults {
  private readonly queue: ActiveFault[] = [];

  /** Queues `fault` for the next request(s) of `service`; throws SigstoreLocalError on a malformed fault. */
  next(service: SigstoreService, fault: SigstoreFault): ActiveFault {
    if (service !== 'fulcio' && service !== 'rekor') {
      throw new SigstoreLocalError(
        'INVALID_FAULT',
        `unknown service ${JSON.stringify(service)}: faults apply to 'fulcio' or 'rekor'`,
        400,
      );
    }
    const parsed = sigstoreFaultSchema.safeParse(fault);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || 'fault'}: ${i.message}`);
      throw new SigstoreLocalError('INVALID_FAULT', `invalid ${service} fault: ${issues.join('; ')}`, 400);
    }
    const active: ActiveFault = { service, fault: parsed.data, remaining: parsed.data.count, hits: 0 };
    this.queue.push(active);
    return active;
  }

  clear(): void {
    this.queue.length = 0;
  }

  list(): readonly ActiveFault[] {
    return this.queue;
  }

  /** The fault for the request of `service` now arriving (counted), or undefined. */
  take(service: SigstoreService): InjectedFault | undefined {
    const active = this.queue.find((candidate) => candidate.service === service && candidate.remaining > 0);
    if (active === undefined) return undefined;
    active.remaining -= 1;
    active.hits += 1;
    return active.fault;
  }
}
