import type fc from 'fast-check';

/** A class of errors a target may throw on bad input (its package's typed error). */
export type ErrorClass = abstract new (...args: never[]) => Error;

/** What one fuzz target calls, opened once per run (a temp folder, a loopback server) and closed after. */
export interface FuzzSession<T> {
  /** Feeds one input; may return anything or throw one of the target's typed errors. */
  call(input: T): unknown;
  close(): Promise<void>;
}

/** One thing to fuzz: its inputs, the errors it may throw, and how to show an input in a report. */
export interface FuzzTarget<T> {
  /** The row's case: what is fuzzed. */
  readonly name: string;
  readonly input: fc.Arbitrary<T>;
  /** Errors that count as a clean refusal; anything else thrown is a crash. */
  readonly typedErrors: readonly ErrorClass[];
  /** The input, short enough to read in a failure line. */
  show(input: T): string;
  open(): Promise<FuzzSession<T>>;
}
