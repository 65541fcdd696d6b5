import { DEFAULT_CONCURRENCY } from '@pypi-release/pypi-client';
import { describe, expect, it } from 'vitest';
import { PUBLISH_USAGE } from '../src/commands/publish-usage';

describe('publish usage', () => {
  it("states pypi-client's default concurrency (written out, so that --help loads no upload code)", () => {
    expect(PUBLISH_USAGE).toContain(`--concurrency N (default ${DEFAULT_CONCURRENCY})`);
  });
});
