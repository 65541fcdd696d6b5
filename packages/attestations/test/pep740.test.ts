import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Attestation,
  attestationFromBundle,
  attestationSchema,
  attestationSetSchema,
  bundleFromAttestation,
  provenanceSchema,
  publishStatement,
} from '../src/index';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
const REAL = 'pypi_attestations-0.0.19.tar.gz.publish.attestation';

describe('PEP 740 attestation object', () => {
  it('accepts a real gh-action-pypi-publish attestation and a GitLab one', () => {
    expect(attestationSchema.parse(fixture(REAL))).toEqual(fixture(REAL));
    expect(
      attestationSchema.safeParse(fixture('gitlab_oidc_project-0.0.3.tar.gz.publish.attestation')).success,
    ).toBe(true);
  });

  it('accepts the Integrity API provenance PyPI served for the same file', () => {
    const provenance = provenanceSchema.parse(fixture('pypi_attestations-0.0.19.tar.gz.provenance'));
    expect(provenance.attestation_bundles[0]?.publisher).toEqual({
      kind: 'GitHub',
      repository: 'trailofbits/pypi-attestations',
      workflow: 'release.yml',
      environment: null,
    });
    expect(provenance.attestation_bundles[0]?.attestations).toEqual([fixture(REAL)]);
  });

  it.each([
    ['version 2', (a: Attestation) => ({ ...a, version: 2 })],
    [
      'no transparency entry',
      (a: Attestation) => ({
        ...a,
        verification_material: { ...a.verification_material, transparency_entries: [] },
      }),
    ],
    [
      'a certificate that is not base64',
      (a: Attestation) => ({
        ...a,
        verification_material: { ...a.verification_material, certificate: 'not base64!' },
      }),
    ],
    ['no envelope', ({ envelope: _, ...rest }: Attestation) => rest],
    ['no signature', (a: Attestation) => ({ ...a, envelope: { statement: a.envelope.statement } })],
  ])('refuses %s', (_name, change) => {
    expect(attestationSchema.safeParse(change(attestationSchema.parse(fixture(REAL)))).success).toBe(false);
  });

  it('reads the upload field: a JSON array of attestation objects', () => {
    expect(attestationSetSchema.safeParse([fixture(REAL)]).success).toBe(true);
    expect(attestationSetSchema.safeParse(fixture(REAL)).success).toBe(false);
  });

  it('maps to a Sigstore bundle v0.3 and back without loss', () => {
    const attestation = attestationSchema.parse(fixture(REAL));
    const bundle = bundleFromAttestation(attestation);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.content.dsseEnvelope.payloadType).toBe('application/vnd.in-toto+json');
    expect(attestationFromBundle(bundle)).toEqual(attestation);
  });

  it('refuses a transparency entry that is not one', () => {
    const attestation = attestationSchema.parse(fixture(REAL));
    const broken = {
      ...attestation,
      verification_material: {
        ...attestation.verification_material,
        transparency_entries: [{ logIndex: 'x' }],
      },
    };
    expect(() => bundleFromAttestation(broken)).toThrow(/invalid transparency log entry/);
  });
});

describe('publish statement', () => {
  it('names one subject, the file and its sha256, with the publish predicate type and no predicate', () => {
    expect(publishStatement({ filename: 'pkg-1.0-py3-none-any.whl', sha256: '0'.repeat(64) })).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: 'pkg-1.0-py3-none-any.whl', digest: { sha256: '0'.repeat(64) } }],
      predicateType: 'https://docs.pypi.org/attestations/publish/v1',
      predicate: null,
    });
  });

  it('refuses a digest that is not 64 lowercase hex digits', () => {
    expect(() => publishStatement({ filename: 'pkg-1.0.tar.gz', sha256: 'ABC' })).toThrow(
      /pkg-1\.0\.tar\.gz/,
    );
  });
});
