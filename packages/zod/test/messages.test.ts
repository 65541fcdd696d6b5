import { describe, expect, it } from 'vitest';
import * as z from '../src/index';

describe('@pypi-release/zod', () => {
  it("gives zod/mini's schemas English messages (zod/mini alone says only 'Invalid input')", () => {
    const result = z.object({ name: z.string() }).safeParse({ name: 1 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Invalid input: expected string, received number');
  });
});
