import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attestationSchema, productionTrustedRoot, trustMaterialFrom, verifyAttestation } from '../src/index';

const fixtures = new URL('./fixtures/', import.meta.url);
const sdist = readFileSync(new URL('pypi_attestations-0.0.19.tar.gz', fixtures));
const attestation = attestationSchema.parse(
  JSON.parse(readFileSync(new URL('pypi_attestations-0.0.19.tar.gz.publish.attestation', fixtures), 'utf8')),
);
const dist = {
  filename: 'pypi_attestations-0.0.19.tar.gz',
  sha256: createHash('sha256').update(sdist).digest('hex'),
};
const publisher = {
  kind: 'GitHub' as const,
  repository: 'trailofbits/pypi-attestations',
  workflow: 'release.yml',
};

describe('a real attestation made by gh-action-pypi-publish (Sigstore production)', () => {
  const trust = trustMaterialFrom(productionTrustedRoot());

  it('verifies offline against the production trusted root and its Trusted Publisher', () => {
    expect(dist.sha256).toBe('9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3');
    expect(verifyAttestation(attestation, dist, { trust, publisher })).toEqual({
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: null,
    });
  });

  it('fails for another publisher workflow, naming the certificate and the expected one', () => {
    expect(() =>
      verifyAttestation(attestation, dist, { trust, publisher: { ...publisher, workflow: 'ci.yml' } }),
    ).toThrow(
      "Verification failed: Certificate's Build Config URI " +
        '(https://github.com/trailofbits/pypi-attestations/.github/workflows/release.yml@refs/tags/v0.0.19) ' +
        'does not match expected Trusted Publisher (ci.yml @ trailofbits/pypi-attestations)',
    );
  });

  it('fails against a trusted root that is not the one it was made under', async () => {
    const { startLocalSigstore } = await import('@pypi-release/sigstore-local');
    const local = await startLocalSigstore({ issuers: [] });
    try {
      expect(() =>
        verifyAttestation(attestation, dist, { trust: trustMaterialFrom(local.trustedRoot), publisher }),
      ).toThrow(/^Verification failed: /);
    } finally {
      await local.close();
    }
  });
});
