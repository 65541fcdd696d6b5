/**
 * Signs and verifies one attestation against a fresh local Sigstore and prints what happened as JSON: the
 * signing path under whatever Node runs this file, e.g. Node 24 as on GitHub's runners:
 *   npx -y node@24 node_modules/tsx/dist/cli.mjs packages/attestations/test/support/round-trip.ts
 */
import { trustMaterialFrom, verifyAttestation } from '../../src/index';
import { startStack } from './stack';

const dist = { filename: 'demo_pkg-1.0.0-py3-none-any.whl', sha256: 'c'.repeat(64) };
const stack = await startStack({ repository: 'octo-org/octo-repo', workflow: 'release.yml' });
try {
  const started = performance.now();
  const attestation = await stack.attester()(dist);
  const signedMs = performance.now() - started;
  const verified = verifyAttestation(attestation, dist, {
    trust: trustMaterialFrom(stack.sigstore.trustedRoot),
    publisher: { kind: 'GitHub', repository: 'octo-org/octo-repo', workflow: 'release.yml' },
  });
  const total = Math.round(performance.now() - started);
  console.log(
    JSON.stringify({ node: process.version, verified, signMs: Math.round(signedMs), totalMs: total }),
  );
} finally {
  await stack.close();
}
