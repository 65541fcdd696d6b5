import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Attestation,
  AttestationError,
  attestationSchema,
  type GithubPublisher,
  PUBLISH_PREDICATE_TYPE,
  trustMaterialFrom,
  verifyAttestation,
} from '../src/index';
import { type Stack, startStack } from './support/stack';

const DIST = { filename: 'demo_pkg-1.0.0.tar.gz', sha256: 'a'.repeat(64) };
const PUBLISHER: GithubPublisher = {
  kind: 'GitHub',
  repository: 'octo-org/octo-repo',
  workflow: 'release.yml',
  environment: 'pypi',
};

function statementOf(attestation: Attestation): unknown {
  return JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
}

describe('publish attestations signed against the local Sigstore', () => {
  let stack: Stack;
  let attestation: Attestation;
  const verify = (candidate: Attestation, dist = DIST, publisher = PUBLISHER) =>
    verifyAttestation(candidate, dist, { trust: trustMaterialFrom(stack.sigstore.trustedRoot), publisher });
  const failure = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(AttestationError);
      return (error as Error).message;
    }
    throw new Error('expected verification to fail');
  };

  beforeAll(async () => {
    stack = await startStack({
      repository: 'octo-org/octo-repo',
      workflow: 'release.yml',
      environment: 'pypi',
    });
    attestation = await stack.attester()(DIST);
  });
  afterAll(async () => {
    await stack?.close();
  });

  it('produces a PEP 740 object: one in-toto publish statement about the file, Rekor v1 dsse entry', () => {
    expect(attestationSchema.parse(attestation)).toEqual(attestation);
    expect(statementOf(attestation)).toEqual({
      _type: 'https://in-toto.io/Statement/v1',
      subject: [{ name: DIST.filename, digest: { sha256: DIST.sha256 } }],
      predicateType: PUBLISH_PREDICATE_TYPE,
      predicate: null,
    });
    const [entry] = attestation.verification_material.transparency_entries;
    expect(entry).toMatchObject({ kindVersion: { kind: 'dsse', version: '0.0.1' } });
    expect(entry).toHaveProperty('inclusionPromise.signedEntryTimestamp');
    expect(stack.sigstore.counts).toEqual({ certificates: 1, entries: 1 });
  });

  it('carries a Rekor body shaped exactly as real Rekor stored one for gh-action-pypi-publish', () => {
    const real = JSON.parse(
      readFileSync(
        new URL('./fixtures/pypi_attestations-0.0.19.tar.gz.publish.attestation', import.meta.url),
        'utf8',
      ),
    ) as Attestation;
    const shape = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(shape)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, shape(inner)]))
          : typeof value;
    const body = (candidate: Attestation) => {
      const entry = candidate.verification_material.transparency_entries[0] as { canonicalizedBody: string };
      return Buffer.from(entry.canonicalizedBody, 'base64').toString('utf8');
    };
    expect(shape(JSON.parse(body(attestation)))).toEqual(shape(JSON.parse(body(real))));
    // Both are canonical JSON: the stored text is the keys-sorted, space-free serialisation.
    expect(body(attestation)).toBe(JSON.stringify(JSON.parse(body(attestation))));
    expect(body(real)).toBe(JSON.stringify(JSON.parse(body(real))));
    // The entry has the same fields; the local log is a tree of one entry per log (the mock's), so its
    // inclusion proof has no sibling hashes and index 0, which protobuf JSON leaves out.
    const keys = (candidate: Attestation) =>
      Object.keys(candidate.verification_material.transparency_entries[0] ?? {}).sort();
    expect(keys(attestation)).toEqual(keys(real));
    expect(shape({ ...attestation, verification_material: {} })).toEqual(
      shape({ ...real, verification_material: {} }),
    );
  });

  it('verifies against the trusted root and the Trusted Publisher', () => {
    expect(verify(attestation)).toEqual({ predicateType: PUBLISH_PREDICATE_TYPE, predicate: null });
  });

  it('accepts the subject name in any equivalent spelling (ultranormalised, as PyPI compares)', () => {
    expect(() => verify(attestation, { ...DIST, filename: 'Demo.Pkg-1.0.0.tar.gz' })).not.toThrow();
  });

  it('refuses another file digest', () => {
    expect(failure(() => verify(attestation, { ...DIST, sha256: 'b'.repeat(64) }))).toBe(
      'Verification failed: subject does not match distribution digest',
    );
  });

  it('refuses another file name', () => {
    expect(failure(() => verify(attestation, { ...DIST, filename: 'demo_pkg-1.0.1.tar.gz' }))).toBe(
      'Verification failed: subject does not match distribution name: demo_pkg-1.0.0.tar.gz != demo_pkg-1.0.1.tar.gz',
    );
  });

  it('refuses another repository', () => {
    expect(
      failure(() => verify(attestation, DIST, { ...PUBLISHER, repository: 'octo-org/other-repo' })),
    ).toBe(
      "Verification failed: Certificate's OIDCSourceRepositoryURI does not match " +
        "(got 'https://github.com/octo-org/octo-repo', expected 'https://github.com/octo-org/other-repo')",
    );
  });

  it('refuses another workflow', () => {
    expect(failure(() => verify(attestation, DIST, { ...PUBLISHER, workflow: 'publish.yml' }))).toBe(
      "Verification failed: Certificate's Build Config URI " +
        '(https://github.com/octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0.0) ' +
        'does not match expected Trusted Publisher (publish.yml @ octo-org/octo-repo)',
    );
  });

  it('refuses a statement changed after signing', () => {
    const statement = JSON.stringify({ ...(statementOf(attestation) as object), predicate: {} });
    const tampered = {
      ...attestation,
      envelope: { ...attestation.envelope, statement: Buffer.from(statement).toString('base64') },
    };
    // sigstore-python checks the signature before the log entry's payload hash (verifier.py `verify_dsse`).
    expect(failure(() => verify(tampered))).toBe('Verification failed: DSSE: invalid signature');
  });

  it('refuses an attestation from a Sigstore the verifier does not trust', async () => {
    const other = await startStack({ repository: 'octo-org/octo-repo', workflow: 'release.yml' });
    try {
      const foreign = await other.attester()(DIST);
      expect(failure(() => verify(foreign))).toBe('Verification failed: Failed to verify certificate chain');
    } finally {
      await other.close();
    }
  });
});

describe('identities PyPI refuses', () => {
  it('a reusable workflow: the Build Config URI names the caller, not the workflow the publisher names', async () => {
    const stack = await startStack({
      repository: 'octo-org/octo-repo',
      workflow: 'ci.yml',
      reusableWorkflow: {
        repository: 'octo-org/octo-repo',
        file: 'pypi-release.yml',
        ref: 'refs/tags/v1.0.0',
      },
    });
    try {
      const attestation = await stack.attester()(DIST);
      const publisher = { ...PUBLISHER, workflow: 'pypi-release.yml' };
      expect(() =>
        verifyAttestation(attestation, DIST, {
          trust: trustMaterialFrom(stack.sigstore.trustedRoot),
          publisher,
        }),
      ).toThrow(/Build Config URI \(.*ci\.yml@refs\/tags\/v1\.0\.0\) does not match/);
    } finally {
      await stack.close();
    }
  });

  it('a token from an issuer other than GitHub Actions', async () => {
    const stack = await startStack({ repository: 'octo-org/octo-repo' }, 'https://token.actions.example.com');
    try {
      const attestation = await stack.attester()(DIST);
      expect(() =>
        verifyAttestation(attestation, DIST, {
          trust: trustMaterialFrom(stack.sigstore.trustedRoot),
          publisher: PUBLISHER,
        }),
      ).toThrow(/OIDCIssuerV2 does not match \(got 'https:\/\/token\.actions\.example\.com'/);
    } finally {
      await stack.close();
    }
  });
});

describe('signing failures', () => {
  it('a token of the wrong audience is refused by Fulcio; the error says so and never shows the token', async () => {
    const stack = await startStack({ repository: 'octo-org/octo-repo' });
    try {
      const error = await stack
        .attester('pypi')(DIST)
        .then(
          () => undefined,
          (caught: unknown) => caught,
        );
      expect(error).toBeInstanceOf(AttestationError);
      expect((error as AttestationError).code).toBe('SIGNING');
      expect((error as Error).message).toMatch(
        /demo_pkg-1\.0\.0\.tar\.gz: .*\(401\) There was an error processing the identity token: unexpected "aud" claim value \(CA_CREATE_SIGNING_CERTIFICATE_ERROR\)$/,
      );
      for (const token of stack.oidc.issued)
        expect(JSON.stringify(error, Object.getOwnPropertyNames(error))).not.toContain(token);
      expect(stack.sigstore.counts).toEqual({ certificates: 0, entries: 0 });
    } finally {
      await stack.close();
    }
  });

  it('a token that is not a JWT is reported without echoing it', async () => {
    const { createAttester } = await import('../src/index');
    const secret = 'not-a-jwt-secret-value';
    const attest = createAttester({
      identityProvider: { getToken: async () => secret },
      fulcioUrl: 'http://127.0.0.1:9',
      rekorUrl: 'http://127.0.0.1:9',
      retries: 0,
    });
    const error = await attest(DIST).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).toMatch(/not a JWT/);
    expect(error?.message).not.toContain(secret);
    // sigstore-js's own error (the cause) quotes the token: it must not be reachable from ours, e.g. when logged.
    expect(inspect(error, { depth: 10 })).not.toContain(secret);
  });
});
