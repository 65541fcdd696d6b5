import * as z from '@pypi-release/zod';
import { UsageError } from '../cli-io';
import { CHECK_DEFAULT_CONCURRENCY } from './check-usage';

const optionsSchema = z.object({
  json: z._default(z.boolean(), false),
  strict: z._default(z.boolean(), false),
  concurrency: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(256)), CHECK_DEFAULT_CONCURRENCY),
  paths: z.array(z.string()).check(z.minLength(1, 'name at least one file, folder or glob (e.g. `dist`)')),
});

export type CheckOptions = z.infer<typeof optionsSchema>;

/** `check`'s options from what `parseArgs` read; throws `UsageError` naming every problem. */
export function checkOptions(values: Record<string, unknown>, positionals: readonly string[]): CheckOptions {
  const parsed = optionsSchema.safeParse({ ...values, paths: positionals });
  if (!parsed.success) throw new UsageError(z.prettifyError(parsed.error));
  return parsed.data;
}
