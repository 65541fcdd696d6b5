import { normalizeName } from '@pypi-release/dists';
import * as z from '@pypi-release/zod';
import type { Dispatcher } from 'undici';
import { AttestationError } from './errors';
import { githubPublisherSchema, type Provenance, provenanceSchema } from './pep740';
import { describe, downloadSha256, getJson } from './release-http';
import { statementSchema } from './statement';
import { trustMaterialFrom, verifyAttestation } from './verify';

const INTEGRITY_ACCEPT = 'application/vnd.pypi.integrity.v1+json, application/json;q=0.9';

/** The part of PyPI's JSON API (`/pypi/<name>/<version>/json`) a provenance check reads. */
const releaseSchema = z.object({
  info: z.object({ name: z.string(), version: z.string() }),
  urls: z.array(
    z.object({
      filename: z.string().check(z.minLength(1)),
      url: z.string().check(z.minLength(1)),
      digests: z.looseObject({ sha256: z.optional(z.string()) }),
    }),
  ),
});

export interface ReleaseProvenanceOptions {
  /** The index's base URL (`https://pypi.org`): JSON API at `/pypi/`, Integrity API at `/integrity/`. */
  readonly indexUrl: string;
  readonly project: string;
  readonly version: string;
  /** A `trusted_root.json` document (Sigstore production's, or a local instance's). */
  readonly trustedRoot: unknown;
  readonly dispatcher: Dispatcher;
}

export interface FileProvenance {
  readonly filename: string;
  /** The sha256 the index lists for the file, and that of the bytes it served. */
  readonly listedSha256: string | undefined;
  readonly servedSha256: string | undefined;
  /** `owner/repo @ workflow.yml` for each attestation bundle's publisher (empty without provenance). */
  readonly publishers: readonly string[];
  readonly verified: boolean;
  /** Why the file is not verified (undefined when it is). */
  readonly reason: string | undefined;
}

export interface ReleaseProvenance {
  readonly project: string;
  readonly version: string;
  readonly files: readonly FileProvenance[];
  readonly verified: number;
}

/**
 * Checks the provenance of every file of a release as a consumer would (PEP 740): lists the files with the JSON
 * API, downloads each and hashes the bytes as served, fetches its provenance from the Integrity API and
 * verifies every attestation in it — Sigstore signature and transparency log against `trustedRoot`, the
 * bundle's publisher through the Trusted Publisher certificate policy, and the subject against the served
 * digest. Throws AttestationError `INDEX` when the release cannot be listed; per-file failures are results.
 */
export async function verifyReleaseProvenance(options: ReleaseProvenanceOptions): Promise<ReleaseProvenance> {
  const base = options.indexUrl.replace(/\/+$/, '');
  const name = normalizeName(options.project);
  const releaseUrl = `${base}/pypi/${encodeURIComponent(name)}/${encodeURIComponent(options.version)}/json`;
  const listing = await getJson(options.dispatcher, releaseUrl, 'application/json');
  if (listing.status === 404) {
    throw new AttestationError(
      'INDEX',
      `${options.project} ${options.version} is not on ${base} (GET ${releaseUrl} answered 404): check the project name, the version and --index-url`,
    );
  }
  if (listing.status !== 200) {
    throw new AttestationError('INDEX', `GET ${releaseUrl} answered ${listing.status}`);
  }
  const release = releaseSchema.safeParse(listing.body);
  if (!release.success) {
    throw new AttestationError(
      'INDEX',
      `GET ${listing.url}: not a JSON API release: ${release.error.message}`,
    );
  }
  const trust = trustMaterialFrom(options.trustedRoot);
  const files: FileProvenance[] = [];
  for (const file of release.data.urls) {
    const integrityUrl = `${base}/integrity/${encodeURIComponent(name)}/${encodeURIComponent(release.data.info.version)}/${encodeURIComponent(file.filename)}/provenance`;
    files.push(
      await checkFile(
        { filename: file.filename, url: new URL(file.url, listing.url).href, sha256: file.digests.sha256 },
        integrityUrl,
        { dispatcher: options.dispatcher, trust },
      ),
    );
  }
  return {
    project: release.data.info.name,
    version: release.data.info.version,
    files,
    verified: files.filter((f) => f.verified).length,
  };
}

interface ListedFile {
  filename: string;
  url: string;
  sha256: string | undefined;
}

async function checkFile(
  file: ListedFile,
  integrityUrl: string,
  context: { dispatcher: Dispatcher; trust: ReturnType<typeof trustMaterialFrom> },
): Promise<FileProvenance> {
  const result = (
    publishers: string[],
    servedSha256: string | undefined,
    reason?: string,
  ): FileProvenance => ({
    filename: file.filename,
    listedSha256: file.sha256,
    servedSha256,
    publishers,
    verified: reason === undefined,
    reason,
  });
  let served: string;
  try {
    const download = await downloadSha256(context.dispatcher, file.url);
    if (download.status !== 200)
      return result([], undefined, `download failed: GET ${file.url} answered ${download.status}`);
    served = download.body;
  } catch (error) {
    return result([], undefined, `download failed: ${describe(error)}`);
  }
  if (file.sha256 !== undefined && file.sha256 !== served) {
    return result(
      [],
      served,
      `digest mismatch: the served file's sha256 ${served} differs from the sha256 the index lists (${file.sha256})`,
    );
  }
  let provenance: Provenance;
  try {
    const fetched = await getJson(context.dispatcher, integrityUrl, INTEGRITY_ACCEPT);
    if (fetched.status === 404)
      return result([], served, 'no provenance: the Integrity API has none for this file (404)');
    if (fetched.status !== 200)
      return result([], served, `provenance unavailable: GET ${integrityUrl} answered ${fetched.status}`);
    const parsed = provenanceSchema.safeParse(fetched.body);
    if (!parsed.success) return result([], served, `malformed provenance: ${z.prettifyError(parsed.error)}`);
    provenance = parsed.data;
  } catch (error) {
    return result([], served, `provenance unavailable: ${describe(error)}`);
  }
  const publishers = provenance.attestation_bundles.map((b) => describePublisher(b.publisher));
  const count = provenance.attestation_bundles.reduce((n, b) => n + b.attestations.length, 0);
  if (count === 0) return result(publishers, served, 'no attestations in the provenance');
  for (const bundle of provenance.attestation_bundles) {
    const publisher = githubPublisherSchema.safeParse(bundle.publisher);
    if (!publisher.success) {
      return result(
        publishers,
        served,
        `publisher of kind ${bundle.publisher.kind} cannot be verified: only GitHub Trusted Publishers are supported`,
      );
    }
    for (const attestation of bundle.attestations) {
      try {
        verifyAttestation(
          attestation,
          { filename: file.filename, sha256: served },
          {
            trust: context.trust,
            publisher: publisher.data,
          },
        );
      } catch (error) {
        const subject = attestedSha256(attestation.envelope.statement);
        if (subject !== undefined && subject !== served) {
          return result(
            publishers,
            served,
            `digest mismatch: the attestation is for sha256 ${subject}, the served file's sha256 is ${served}`,
          );
        }
        return result(publishers, served, describe(error));
      }
    }
  }
  return result(publishers, served);
}

function describePublisher(publisher: { kind: string } & Record<string, unknown>): string {
  const parsed = githubPublisherSchema.safeParse(publisher);
  if (!parsed.success) return publisher.kind;
  const environment = parsed.data.environment ? ` (environment ${parsed.data.environment})` : '';
  return `GitHub ${parsed.data.repository} @ ${parsed.data.workflow}${environment}`;
}

/** The sha256 of the statement's first subject, when the statement can be read at all. */
function attestedSha256(statementBase64: string): string | undefined {
  try {
    const parsed = statementSchema.safeParse(
      JSON.parse(Buffer.from(statementBase64, 'base64').toString('utf8')),
    );
    return parsed.success ? parsed.data.subject[0]?.digest.sha256 : undefined;
  } catch {
    return undefined;
  }
}
