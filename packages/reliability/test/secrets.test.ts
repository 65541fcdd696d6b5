import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretScanner } from '../src/secret-scanner';
import { openSecretScan, SCENARIOS, type SecretScan } from '../src/secrets';

/**
 * The example callers end to end with canary secrets, in order (the re-run uses the index of the scenario before
 * it), then every place scanned. The fault matrix's logs are scanned by its own test.
 */
describe('secret scan', () => {
  const scanner = new SecretScanner();
  let scan: SecretScan;

  beforeAll(async () => {
    scan = await openSecretScan(scanner);
  });
  afterAll(async () => {
    await scan?.close();
  });

  it.each(SCENARIOS)(
    '$id ($caller): publishes only when it should, leaves no canary',
    async (scenario) => {
      const leaks = scanner.leaks.length;
      const report = await scan.runScenario(scenario);
      expect(report.failures).toEqual([]);
      expect(report.rows).toMatchObject([{ case: scenario.id, ok: true }]);
      expect(scanner.leaks.slice(leaks)).toEqual([]);
    },
    300_000,
  );

  it('canaries found: none, in every place scanned', () => {
    const report = scan.canaries();
    expect(report.failures).toEqual([]);
    expect(report.rows[0]?.figures).toMatch(/^\d+ places scanned; canaries: .*api-token/);
  });
});
