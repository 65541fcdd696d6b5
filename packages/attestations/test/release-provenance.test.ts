// verifyReleaseProvenance against a PyPI-shaped index behind undici's MockAgent, serving a real release: the
// pypi-attestations 0.0.19 sdist and PyPI's Integrity API answer for it (fixtures/README.md), verified
// offline against Sigstore's production root. The local index + local Sigstore run is packages/cli/test.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AttestationError, productionTrustedRoot, verifyReleaseProvenance } from '../src/index';

const fixtures = new URL('./fixtures/', import.meta.url);
const FILENAME = 'pypi_attestations-0.0.19.tar.gz';
const sdist = readFileSync(new URL(FILENAME, fixtures));
const provenance = JSON.parse(readFileSync(new URL(`${FILENAME}.provenance`, fixtures), 'utf8')) as {
  attestation_bundles: { publisher: Record<string, unknown>; attestations: unknown[] }[];
};
const SHA256 = createHash('sha256').update(sdist).digest('hex');
const PYPI = 'https://pypi.org';
const FILES = 'https://files.pythonhosted.org';
const FILE_PATH = `/packages/9b/b1/${FILENAME}`;
const INTEGRITY_PATH = `/integrity/pypi-attestations/0.0.19/${FILENAME}/provenance`;

let agent: MockAgent;
beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
});
afterEach(async () => {
  await agent.close();
});

function serveRelease(options: {
  listedSha256?: string;
  bytes?: Buffer;
  provenance?: unknown;
  status?: number;
}) {
  agent
    .get(PYPI)
    .intercept({ path: '/pypi/pypi-attestations/0.0.19/json', method: 'GET' })
    .reply(200, {
      info: { name: 'pypi-attestations', version: '0.0.19' },
      urls: [
        {
          filename: FILENAME,
          url: `${FILES}${FILE_PATH}`,
          digests: { sha256: options.listedSha256 ?? SHA256 },
        },
      ],
    });
  agent
    .get(FILES)
    .intercept({ path: FILE_PATH, method: 'GET' })
    .reply(200, options.bytes ?? sdist);
  agent
    .get(PYPI)
    .intercept({ path: INTEGRITY_PATH, method: 'GET' })
    .reply(options.status ?? 200, options.provenance ?? provenance);
}

const check = (project = 'pypi-attestations') =>
  verifyReleaseProvenance({
    indexUrl: PYPI,
    project,
    version: '0.0.19',
    trustedRoot: productionTrustedRoot(),
    dispatcher: agent,
  });

describe('verifying the provenance of a release as served', () => {
  it('verifies a real PyPI release (gh-action-pypi-publish attestation) against the production root', async () => {
    serveRelease({});
    const report = await check('PyPI_Attestations');
    expect(report).toEqual({
      project: 'pypi-attestations',
      version: '0.0.19',
      verified: 1,
      files: [
        {
          filename: FILENAME,
          listedSha256: SHA256,
          servedSha256: SHA256,
          publishers: ['GitHub trailofbits/pypi-attestations @ release.yml'],
          verified: true,
          reason: undefined,
        },
      ],
    });
  });

  it('follows the JSON API redirect to the project name', async () => {
    agent
      .get(PYPI)
      .intercept({ path: '/pypi/pypi-attestations/0.0.19/json', method: 'GET' })
      .reply(301, '', { headers: { location: '/pypi/PyPI-Attestations/0.0.19/json' } });
    agent
      .get(PYPI)
      .intercept({ path: '/pypi/PyPI-Attestations/0.0.19/json', method: 'GET' })
      .reply(200, { info: { name: 'PyPI-Attestations', version: '0.0.19' }, urls: [] });
    const report = await check();
    expect(report).toMatchObject({ project: 'PyPI-Attestations', files: [], verified: 0 });
  });

  it('names a digest mismatch when the served bytes are not what the index lists', async () => {
    serveRelease({ bytes: Buffer.concat([sdist, Buffer.from('x')]) });
    const [file] = (await check()).files;
    expect(file?.verified).toBe(false);
    expect(file?.reason).toMatch(
      new RegExp(
        `^digest mismatch: the served file's sha256 [0-9a-f]{64} differs from the sha256 the index lists \\(${SHA256}\\)$`,
      ),
    );
  });

  it('names a digest mismatch when listed and served bytes agree but the attestation is for other bytes', async () => {
    const other = Buffer.concat([sdist, Buffer.from('x')]);
    serveRelease({ bytes: other, listedSha256: createHash('sha256').update(other).digest('hex') });
    const [file] = (await check()).files;
    expect(file?.verified).toBe(false);
    expect(file?.reason).toMatch(
      new RegExp(
        `^digest mismatch: the attestation is for sha256 ${SHA256}, the served file's sha256 is [0-9a-f]{64}$`,
      ),
    );
  });

  it('refuses a publisher that is not the certificate identity', async () => {
    const [bundle] = provenance.attestation_bundles;
    serveRelease({
      provenance: {
        ...provenance,
        attestation_bundles: [{ ...bundle, publisher: { ...bundle?.publisher, workflow: 'ci.yml' } }],
      },
    });
    const [file] = (await check()).files;
    expect(file?.verified).toBe(false);
    expect(file?.reason).toContain("Verification failed: Certificate's Build Config URI");
  });

  it.each([
    [
      { status: 404, provenance: { message: `No provenance available for ${FILENAME}` } },
      'no provenance: the Integrity API has none for this file (404)',
    ],
    [{ provenance: { version: 1, attestation_bundles: [] } }, 'no attestations in the provenance'],
    [{ provenance: { version: 2, attestation_bundles: [] } }, /^malformed provenance: /],
    [
      {
        provenance: {
          version: 1,
          attestation_bundles: [
            {
              publisher: { kind: 'GitLab', repository: 'a/b' },
              attestations: provenance.attestation_bundles[0]?.attestations,
            },
          ],
        },
      },
      'publisher of kind GitLab cannot be verified: only GitHub Trusted Publishers are supported',
    ],
  ])('does not verify a file whose provenance is %j', async (served, reason) => {
    serveRelease(served);
    const [file] = (await check()).files;
    expect(file?.verified).toBe(false);
    if (typeof reason === 'string') expect(file?.reason).toBe(reason);
    else expect(file?.reason).toMatch(reason);
  });

  it('throws INDEX naming the release when the index does not have it', async () => {
    agent.get(PYPI).intercept({ path: '/pypi/pypi-attestations/0.0.19/json', method: 'GET' }).reply(404, '');
    const error = await check().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AttestationError);
    expect(error).toMatchObject({ code: 'INDEX' });
    expect((error as Error).message).toContain('pypi-attestations 0.0.19 is not on https://pypi.org');
  });
});
